import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { reader } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Checkbox, Col, Flex, Popconfirm, Row, Space, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
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
  const { message, modal } = App.useApp();
  const [allowDuplicate, setAllowDuplicate] = useState(false);
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
    mutationFn: () => confirmDraft(draft.id, proposal, allowDuplicate),
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
    if (problems.length > 0 || (draft.duplicates.length > 0 && !allowDuplicate)) return;
    // one summary, asked once
    const summary = reader.reviewSummary(proposal);
    void modal.confirm({
      title: t("reader.confirmTitle"),
      content: <span data-testid="confirm-summary">{t("reader.confirmSummary", summary)}</span>,
      okText: t("reader.confirm", { count: summary.tasks }),
      cancelText: t("common.back"),
      onOk: () => confirm.mutate(),
    });
  };
  const problemText = (p: edit.Problem) => t(`reader.problem.${p.field}`, { n: (p.task ?? 0) + 1, name: p.name ?? "" });

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
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={confirm.isPending}
            disabled={draft.duplicates.length > 0 && !allowDuplicate}
            onClick={submit}
            data-testid="reader-confirm"
          >
            {t("reader.confirm", { count: proposal.tasks.length })}
          </Button>
        </Space>
      </Flex>
      {draft.notices.length > 0 ? (
        <Alert
          type="info"
          showIcon
          data-testid="reader-notices"
          title={t("reader.notices")}
          description={
            <ul className="plain-list">
              {draft.notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {draft.duplicates.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="duplicate-warning"
          title={t("reader.duplicateTitle")}
          description={
            <Space orientation="vertical">
              <ul className="plain-list">
                {draft.duplicates.map((d) => (
                  <li key={d.documentId}>
                    <Link to={`/documents/${encodeURIComponent(d.documentId)}`}>{d.number ?? d.title}</Link>
                    {` — ${d.reasons.map((r) => t(`reader.duplicateReason.${r}`)).join(", ")}`}
                  </li>
                ))}
              </ul>
              <Checkbox checked={allowDuplicate} onChange={(e) => setAllowDuplicate(e.target.checked)} data-testid="allow-duplicate">
                {t("reader.allowDuplicate")}
              </Checkbox>
            </Space>
          }
        />
      ) : null}
      {tried && problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t("reader.problems")}
          description={
            <ul className="plain-list">
              {problems.map((p) => (
                <li key={`${p.field}-${p.task}-${p.name ?? ""}`}>{problemText(p)}</li>
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
                onKeepOutside={(name, keep) => setProposal((p) => edit.keepOutside(p, i, name, keep))}
                onRemove={() => state.removeTask(i)}
              />
            ))}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
