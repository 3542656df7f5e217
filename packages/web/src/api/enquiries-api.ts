import { apiFetch, apiUrl } from "./http";

/** An investor's enquiry from the public portal, addressed to the signed-in account's agency. */
export interface Enquiry {
  id: number;
  zone: { id: string; name: string } | null;
  name: string;
  company: string | null;
  email: string;
  phone: string | null;
  interest: string | null;
  message: string;
  language: "vi" | "en";
  createdAt: string;
  answer: string | null;
  answeredAt: string | null;
}

export const enquiryKeys = { list: ["enquiries"] as const };

export const listEnquiries = (signal?: AbortSignal) => apiFetch<{ items: Enquiry[]; total: number }>(apiUrl("/api/enquiries"), { signal });

export const answerEnquiry = (id: number, answer: string) =>
  apiFetch<Enquiry>(`/api/enquiries/${id}/answer`, { method: "POST", json: { answer } });
