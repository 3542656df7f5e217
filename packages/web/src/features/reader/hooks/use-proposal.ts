import type { reader } from "@dondoc/domain";
import { useState } from "react";
import { removeMeeting, removeTask } from "../proposal-edit";

interface State {
  proposal: reader.ReviewedProposal;
  /** a stable key per proposed task and meeting while the reviewer removes some */
  taskKeys: number[];
  meetingKeys: number[];
}

/** The proposal under review, with stable keys for its tasks and meetings. */
export function useProposal(initial: reader.ReviewedProposal) {
  const [state, setState] = useState<State>(() => ({
    proposal: initial,
    taskKeys: initial.tasks.map((_, i) => i),
    meetingKeys: initial.meetings.map((_, i) => i),
  }));
  return {
    ...state,
    edit: (change: (p: reader.ReviewedProposal) => reader.ReviewedProposal) => setState((s) => ({ ...s, proposal: change(s.proposal) })),
    removeTask: (index: number) =>
      setState((s) => ({ ...s, proposal: removeTask(s.proposal, index), taskKeys: s.taskKeys.filter((_, k) => k !== index) })),
    removeMeeting: (index: number) =>
      setState((s) => ({ ...s, proposal: removeMeeting(s.proposal, index), meetingKeys: s.meetingKeys.filter((_, k) => k !== index) })),
  };
}
