import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Col, Flex, Popconfirm, Row, Space, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { cancelDraft, confirmDraft, type ReaderDraft } from "../../../api/reader-api";
import { referenceKeys } from "../../../api/reference-api";
import { taskKeys } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { useAgencies } from "../../../shared/use-reference";
import { useProposal } from "../hooks/use-proposal";
import * as edit from "../proposal-edit";
import { DocumentTextPanel, quoteElementId } from "./document-text-panel";
import { ProposalHeaderCard } from "./proposal-header-card";
import { ProposedMeetingsCard } from "./proposed-meetings-card";
import { ProposedTaskCard } from "./proposed-task-card";

/** Side by side: the text with each task's quote highlighted | the proposal, all editable; then confirm or cancel. */
export function ReaderReview({ draft, onCancelled }: { draft: ReaderDraft; onCancelled: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const agencies = (useAgencies().data?.items ?? []).filter((a) => !a.validTo);
  const state = useProposal(draft.proposal);
  const { proposal, edit: setProposal } = state;
  const [active, setActive] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const problems = edit.proposalProblems(proposal);
  const unresolved = edit.unresolvedCount(proposal);

  const focus = (task: number) => {
    setActive(task);
    document.getElementById(quoteElementId(task))?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const showTask = (task: number) => {
    setActive(task);
    document.querySelector(`[data-testid="proposed-task"][data-index="${task}"]`)?.scrollIntoView({ block: "start", behavior: "smooth" });
  };
  const confirm = useMutation({
    mutationFn: () => confirmDraft(draft.id, proposal),
    onSuccess: async ({ documentId, taskIds }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: taskKeys.all }),
        queryClient.invalidateQueries({ queryKey: referenceKeys.documents }),
      ]);
      void message.success(t("reader.confirmed", { count: taskIds.length }));
      void navigate(`/documents/${encodeURIComponent(documentId)}`);
    },
  });
  const cancel = useMutation({ mutationFn: () => cancelDraft(draft.id), onSuccess: onCancelled });
  const submit = () => {
    setTried(true);
    if (problems.length === 0) confirm.mutate();
  };
  const problemText = (p: edit.Problem) => t(`reader.problem.${p.field}`, { n: (p.task ?? 0) + 1 });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="reader-review">
      <Flex justify="space-between" align="center" wrap gap={8} className="reader-actions">
        <Typography.Text>
          {t("reader.summaryLine", { file: draft.filename, tasks: proposal.tasks.length, meetings: proposal.meetings.length })}
          {unresolved > 0 ? (
            <Typography.Text
              type="warning"
              data-testid="unresolved-count"
            >{` · ${t("reader.unresolvedCount", { count: unresolved })}`}</Typography.Text>
          ) : null}
        </Typography.Text>
        <Space>
          <Popconfirm
            title={t("reader.cancelConfirm")}
            okText={t("reader.cancel")}
            cancelText={t("common.back")}
            onConfirm={() => cancel.mutate()}
          >
            <Button icon={<CloseOutlined />} loading={cancel.isPending} data-testid="reader-cancel">
              {t("reader.cancel")}
            </Button>
          </Popconfirm>
          <Button type="primary" icon={<CheckOutlined />} loading={confirm.isPending} onClick={submit} data-testid="reader-confirm">
            {t("reader.confirm", { count: proposal.tasks.length })}
          </Button>
        </Space>
      </Flex>
      {tried && problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t("reader.problems")}
          description={
            <ul className="plain-list">
              {problems.map((p) => (
                <li key={`${p.field}-${p.task}`}>{problemText(p)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {confirm.error ? <ErrorAlert error={confirm.error} title={t("reader.confirmFailed")} /> : null}
      {cancel.error ? <ErrorAlert error={cancel.error} /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={11}>
          <div className="reader-pane" data-testid="reader-text-pane">
            <DocumentTextPanel
              text={draft.text}
              quotes={proposal.tasks.map((task) => task.sourceQuote)}
              active={active}
              onSelect={showTask}
            />
          </div>
        </Col>
        <Col xs={24} lg={13}>
          <Space orientation="vertical" size="middle" className="reader-pane" data-testid="reader-proposal-pane">
            <ProposalHeaderCard header={proposal} onChange={(patch) => setProposal((p) => edit.setHeader(p, patch))} />
            <ProposedMeetingsCard
              meetings={proposal.meetings}
              keys={state.meetingKeys}
              onChange={(i, patch) => setProposal((p) => edit.setMeeting(p, i, patch))}
              onRemove={state.removeMeeting}
            />
            {proposal.tasks.map((task, i) => (
              <ProposedTaskCard
                key={state.taskKeys[i]}
                task={task}
                index={i}
                active={active === i}
                agencies={agencies}
                onFocus={() => focus(i)}
                onChange={(patch) => setProposal((p) => edit.setTask(p, i, patch))}
                onResolve={(role, j, agency) => setProposal((p) => edit.resolveAssignee(p, i, role, j, agency))}
                onAdd={(role, agency) => setProposal((p) => edit.addAssignee(p, i, role, agency))}
                onRemoveName={(role, j) => setProposal((p) => edit.removeAssignee(p, i, role, j))}
                onRemove={() => state.removeTask(i)}
              />
            ))}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
