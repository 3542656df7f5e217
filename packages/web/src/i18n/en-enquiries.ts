import type { viEnquiries } from "./vi-enquiries";

export const enEnquiries: Record<keyof typeof viEnquiries, string> = {
  "nav.enquiries": "Investor enquiries",
  "enquiries.title": "Investors' enquiries",
  "enquiries.intro": "Enquiries sent from the public portal about the zones your agency is in charge of.",
  "enquiries.when": "Sent",
  "enquiries.from": "From",
  "enquiries.zone": "Zone",
  "enquiries.message": "Message",
  "enquiries.status": "Status",
  "enquiries.answered": "Answered",
  "enquiries.open": "Not answered",
  "enquiries.answer": "Answer",
  "enquiries.answerTitle": "Answer the enquiry",
  "enquiries.answerLabel": "Answer",
  "enquiries.answerRequired": "Please write an answer.",
  "enquiries.send": "Send the answer",
  "enquiries.savedNotEmailed": "The answer is saved. It was NOT sent by e-mail: write to the enquirer at {email}.",
  "enquiries.empty": "No enquiries yet.",
};
