import { reader } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { extractDocumentText } from "../../files/extract-text";
import { loadReaderRegistry } from "./reader-registry";

/** Text of the file, then the reader's proposal against the registry (nothing is saved). */
export async function readUpload(db: Db, bytes: Uint8Array) {
  const { text, kind } = await extractDocumentText(bytes);
  const proposal = reader.readDocument(text, await loadReaderRegistry(db));
  return { text, kind, proposal };
}
