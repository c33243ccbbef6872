#include "hub/service/automationrunner.h"

#include "core/protocol/entitycodec.h"
#include "hub/hublogging.h"

#include <QJsonDocument>

namespace parley::hub {
namespace {

constexpr int batchSize = 200;
constexpr int maxBatchesPerDrain = 50; // the timer finishes a longer backlog
// How long progress may stay unsaved, and how many subjects' states may wait to be saved.
constexpr int progressSaveMs = 1000;
constexpr int maxUnsavedSubjects = 2000;
// How long a drain waits for the group of webhooks being stored to commit (drain()).
constexpr int maxGroupWaitMs = 50;

// The events whose data the runner reads; the rest (messages above all) it only counts past.
bool runnerReadsData(const QString &type)
{
    return type == EventType::RecordUpdated || type == EventType::RecordDeleted ||
           type == EventType::ConversationCreated || type == EventType::ConversationUpdated;
}

QString fieldsText(const QVariantMap &fields)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact));
}

QVariantMap fieldsFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}

QString phoneOf(const QVariantMap &fields)
{
    for (const char *key : {"Mobile", "Phone"}) {
        const QString value = fields.value(QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

AutomationRunner::AutomationRunner(HubContext &context, TemplateService &templates,
                                   TriageService &triage, QObject *parent)
    : QObject(parent), m_ctx(context), m_repository(context.db), m_templates(templates),
      m_triage(triage)
{
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("PARLEY_HUB_HOUSEKEEPING_MS", &ok);
    m_timer.setInterval(ok && interval > 0 ? interval : 15000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        drain();
        checkWaiting();
    });
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(progressSaveMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &AutomationRunner::saveProgress);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(maxGroupWaitMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &AutomationRunner::drain);
}

AutomationRunner::~AutomationRunner()
{
    // A hub that stops saves where its automations got to (one that dies reads the events again).
    if (m_loaded && !m_draining && m_ctx.leads())
        flush();
}

void AutomationRunner::start()
{
    m_timer.start();
    poke();
}

AutomationRepository::RunEnd AutomationRunner::ended(AutomationOutcome outcome,
                                                     const QString &reason, const QString &detail)
{
    AutomationRepository::RunEnd end;
    end.outcome = outcome;
    end.reason = reason;
    end.detail = detail;
    return end;
}

QString AutomationRunner::idempotencyKey(Id automationId, Id recordId)
{
    return QStringLiteral("automation:%1:record:%2").arg(automationId).arg(recordId);
}

void AutomationRunner::poke()
{
    if (m_poked)
        return;
    m_poked = true;
    QTimer::singleShot(0, this, [this] {
        m_poked = false;
        drain();
    });
}

std::optional<QString> AutomationRunner::seenState(const QString &subject)
{
    const auto pending = m_pendingSeen.constFind(subject);
    if (pending != m_pendingSeen.cend())
        return *pending;
    return m_repository.seen(subject);
}

bool AutomationRunner::flush()
{
    if (m_pendingSeen.isEmpty() && m_handledThrough == m_storedCursor)
        return true;
    Transaction transaction(m_ctx.db);
    for (auto it = m_pendingSeen.cbegin(); it != m_pendingSeen.cend(); ++it) {
        if (it->isNull() ? !m_repository.forget(it.key()) : !m_repository.setSeen(it.key(), *it))
            return false;
    }
    if (!m_repository.setCursor(m_handledThrough) || !transaction.commit())
        return false;
    m_pendingSeen.clear();
    m_storedCursor = m_handledThrough;
    m_saveTimer.stop();
    return true;
}

void AutomationRunner::forgetProgress()
{
    // Nothing unsaved is left for a flush() to write (runOne from checkWaiting flushes too).
    m_loaded = false;
    m_pendingSeen.clear();
    m_handledThrough = m_storedCursor;
    m_saveTimer.stop();
}

void AutomationRunner::saveProgress()
{
    if (m_draining) {
        m_saveTimer.start(); // the drain saves or reschedules
        return;
    }
    if (!m_loaded || !m_ctx.leads()) {
        forgetProgress();
        return;
    }
    if (!flush()) {
        qCWarning(lcHubStore) << "automations: the store failed; reading again later";
        forgetProgress();
    }
}

void AutomationRunner::drain()
{
    if (m_draining)
        return;
    if (!m_ctx.leads()) {
        forgetProgress(); // the leading hub runs them, from the saved cursor
        return;
    }
    // Webhooks are being stored in a group (GroupCommit): a read now would commit that group
    // early, with a disk flush of its own, and split it. Its commit pokes the runner again;
    // the retry bounds the wait, so a steady stream of groups cannot hold automations back.
    if (m_ctx.db.groupOpen()) {
        if (!m_putOffSince.isValid())
            m_putOffSince.start();
        if (m_putOffSince.elapsed() < maxGroupWaitMs) {
            if (!m_retryTimer.isActive())
                m_retryTimer.start();
            return;
        }
    }
    m_putOffSince.invalidate();
    m_retryTimer.stop();
    m_draining = true;
    if (!m_loaded) {
        m_storedCursor = m_handledThrough = m_repository.cursor();
        m_pendingSeen.clear();
        m_loaded = true;
    }
    bool ok = true;
    for (int batches = 0; ok && batches < maxBatchesPerDrain; ++batches) {
        const SyncBatch batch = m_ctx.events.after(m_handledThrough, batchSize, runnerReadsData);
        for (const Event &event : batch.events) {
            if (!handle(event)) {
                ok = false;
                break;
            }
            m_handledThrough = event.seq;
        }
        if (ok && m_pendingSeen.size() >= maxUnsavedSubjects)
            ok = flush();
        if (batch.events.size() < batchSize)
            break;
    }
    m_draining = false;
    if (!ok) {
        qCWarning(lcHubStore) << "automations: the store failed; reading again later";
        forgetProgress();
        return;
    }
    if ((!m_pendingSeen.isEmpty() || m_handledThrough != m_storedCursor) && !m_saveTimer.isActive())
        m_saveTimer.start();
}

bool AutomationRunner::handle(const Event &event)
{
    if (event.type == EventType::RecordUpdated)
        return recordChanged(event);
    if (event.type == EventType::RecordDeleted) {
        m_pendingSeen.insert(
            QStringLiteral("record:%1").arg(event.data.value(QStringLiteral("id")).toInteger()),
            QString());
        return true;
    }
    if (event.type == EventType::ConversationCreated ||
        event.type == EventType::ConversationUpdated)
        return conversationChanged(event);
    return true;
}

bool AutomationRunner::recordChanged(const Event &event)
{
    Record record;
    if (!fromJson(event.data, &record, nullptr) || record.id <= 0)
        return true; // not ours to judge: the log holds what the hub wrote
    const QString subject = QStringLiteral("record:%1").arg(record.id);
    const std::optional<QString> before = seenState(subject);
    Target target;
    target.kind = QStringLiteral("record");
    target.id = target.recordId = record.id;
    target.module = record.module;
    target.after = record.fields;
    target.phone = phoneOf(record.fields);
    target.customerName = record.field(QStringLiteral("Full Name"));
    const QString key = QStringLiteral("event:%1").arg(event.seq);
    bool ok = true;
    if (!before) {
        ok = runAll(AutomationTrigger::RecordCreated, target, key, event.seq);
    } else {
        target.before = fieldsFrom(*before);
        // An update counts when a field changed: a new owner or a link alone does not.
        if (target.before != target.after)
            ok = runAll(AutomationTrigger::RecordUpdated, target, key, event.seq);
    }
    m_pendingSeen.insert(subject, fieldsText(record.fields));
    return ok;
}

bool AutomationRunner::conversationChanged(const Event &event)
{
    Conversation conversation;
    if (!fromJson(event.data, &conversation, nullptr) || conversation.id <= 0)
        return true;
    const QString subject = QStringLiteral("conversation:%1").arg(conversation.id);
    const QString status = conversationStatusName(conversation.status);
    bool ok = true;
    if (event.type == EventType::ConversationUpdated &&
        conversation.status == ConversationStatus::Closed) {
        const std::optional<QString> before = seenState(subject);
        if (before && *before != status) {
            Target target;
            target.kind = QStringLiteral("conversation");
            target.id = conversation.id;
            target.recordId = conversation.recordId;
            target.before = target.after = conversationFacts(conversation);
            ok = runAll(AutomationTrigger::ConversationClosed, target,
                        QStringLiteral("event:%1").arg(event.seq), event.seq);
            if (ok && m_closed && flush())
                m_closed(conversation, QStringLiteral("event:%1").arg(event.seq));
        }
    }
    m_pendingSeen.insert(subject, status);
    return ok;
}

QVariantMap AutomationRunner::conversationFacts(const Conversation &conversation)
{
    QVariantMap facts;
    if (conversation.recordId > 0) {
        if (const std::optional<Record> record = m_ctx.records.byId(conversation.recordId))
            facts = record->fields;
    }
    facts.insert(QStringLiteral("Department"), conversation.department);
    facts.insert(QStringLiteral("Priority"), conversationPriorityName(conversation.priority));
    facts.insert(QStringLiteral("Customer Name"), conversation.customerName);
    facts.insert(QStringLiteral("Customer Number"), conversation.customerNumber);
    return facts;
}

bool AutomationRunner::runAll(AutomationTrigger trigger, const Target &target,
                              const QString &runKey, qint64 seq)
{
    const QList<Automation> automations = m_repository.withTrigger(trigger);
    if (automations.isEmpty())
        return true;
    const AutomationRepository::Origin origin = m_repository.originOf(seq);
    for (const Automation &automation : automations) {
        if (triggerIsAboutRecords(trigger) && automation.module != target.module)
            continue;
        if (!conditionsHold(automation.conditions, target.before, target.after))
            continue;
        if (!runOne(automation, target, runKey, origin))
            return false;
    }
    return true;
}

bool AutomationRunner::runOne(const Automation &automation, const Target &target,
                              const QString &runKey, const AutomationRepository::Origin &origin)
{
    // What was read before this occurrence is saved first: a hub stopping mid-run reads
    // this occurrence again and finds its claims.
    if (!flush())
        return false;
    const Id runId = m_repository.claimRun(automation.id, runKey, automation.trigger, target.kind,
                                           target.id, origin.depth + 1, m_ctx.now());
    if (runId == 0)
        return true; // this occurrence ran already
    AutomationRepository::RunEnd end;
    const AutomationGuard guard = automationGuard(automation.id, origin.automationId, origin.depth);
    if (guard != AutomationGuard::Run) {
        end = ended(AutomationOutcome::Skipped, automationGuardCode(guard),
                    guard == AutomationGuard::OwnAction
                        ? QStringLiteral("The change was made by this automation.")
                        : QStringLiteral("Automations set each other off %1 times in a row.")
                              .arg(maxAutomationDepth));
    } else {
        const qint64 lastBefore = m_ctx.events.lastSeq();
        end = act(automation, target, runId);
        const qint64 lastAfter = m_ctx.events.lastSeq();
        if (lastAfter > lastBefore) {
            end.eventsFrom = lastBefore + 1;
            end.eventsTo = lastAfter;
        }
    }
    m_repository.finishRun(runId, end);
    m_repository.remember(automation.id,
                          end.outcome == AutomationOutcome::Done ? QString() : end.reason, end.sent,
                          m_ctx.now());
    return true;
}

std::optional<Agent> AutomationRunner::actorFor(const Automation &automation)
{
    // The admin who set it up acts; when they are gone, another admin.
    if (std::optional<Agent> creator = m_ctx.agents.byId(automation.createdBy);
        creator && creator->active)
        return creator;
    for (const Agent &agent : m_ctx.agents.all()) {
        if (agent.active && agent.role == Role::Admin)
            return agent;
    }
    return std::nullopt;
}

AutomationRepository::RunEnd AutomationRunner::act(const Automation &automation,
                                                   const Target &target, Id runId)
{
    const std::optional<Agent> actor = actorFor(automation);
    if (!actor)
        return ended(AutomationOutcome::Failed, QStringLiteral("automation_actor_missing"),
                     QStringLiteral("No active admin is left to act for the automation."));
    const QString runKey = QStringLiteral("automation:%1:run:%2").arg(automation.id).arg(runId);
    CommandResult result;
    if (automation.action == AutomationAction::SendTemplate) {
        if (target.kind == QLatin1String("record")) {
            if (target.phone.isEmpty())
                return ended(AutomationOutcome::Failed, QStringLiteral("automation_no_number"),
                             QStringLiteral("The record has no Mobile or Phone."));
            const QString key = automation.trigger == AutomationTrigger::RecordCreated
                                    ? idempotencyKey(automation.id, target.recordId)
                                    : runKey;
            result = m_templates.startChat(*actor, automation.channelId, target.phone,
                                           target.customerName, automation.templateId, key,
                                           target.recordId);
        } else {
            result = m_templates.send(*actor, target.id, automation.templateId, runKey);
        }
    } else {
        const Id conversationId = target.kind == QLatin1String("conversation")
                                      ? target.id
                                      : m_repository.newestConversationOf(target.recordId);
        const std::optional<Conversation> conversation =
            conversationId > 0 ? m_ctx.conversations.byId(conversationId) : std::nullopt;
        if (!conversation)
            return ended(AutomationOutcome::Skipped, QStringLiteral("automation_no_conversation"),
                         QStringLiteral("The record has no conversation."));
        ConversationChanges changes;
        if (automation.action == AutomationAction::Assign) {
            if (automation.agentId > 0)
                changes.ownerId = automation.agentId;
            if (automation.teamId > 0)
                changes.teamId = automation.teamId;
        } else if (automation.action == AutomationAction::Label) {
            if (conversation->labelIds.contains(automation.labelId))
                return ended(AutomationOutcome::Skipped, QStringLiteral("automation_no_change"),
                             QStringLiteral("The conversation has the label already."));
            changes.addLabels = {automation.labelId};
        } else {
            if (conversation->status == ConversationStatus::Closed)
                return ended(AutomationOutcome::Skipped, QStringLiteral("automation_no_change"),
                             QStringLiteral("The conversation is closed already."));
            changes.status = ConversationStatus::Closed;
        }
        result = m_triage.change(*actor, conversationId, changes);
    }
    if (!result.ok())
        return ended(AutomationOutcome::Failed, result.code, result.message);
    AutomationRepository::RunEnd end;
    end.messageId = result.body.value(QStringLiteral("message"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toInteger();
    // A replayed key answers 200 with the first message: nothing new went out.
    end.sent = automation.action == AutomationAction::SendTemplate && result.status == 202;
    return end;
}

QJsonArray AutomationRunner::recordCreatedOutcomes(Id recordId)
{
    QJsonArray outcomes;
    for (const AutomationRepository::RunOfRecord &found : m_repository.runsFor(
             AutomationTrigger::RecordCreated, QStringLiteral("record"), recordId)) {
        const AutomationRun &run = found.run;
        QJsonObject outcome{{QStringLiteral("automation_id"), run.automationId}};
        if (run.outcome == AutomationOutcome::Done) {
            outcome.insert(QStringLiteral("status"),
                           found.messageId > 0 ? QStringLiteral("sent") : QStringLiteral("done"));
            if (found.messageId > 0)
                outcome.insert(QStringLiteral("message_id"), found.messageId);
        } else {
            outcome.insert(QStringLiteral("status"), automationOutcomeName(run.outcome));
            outcome.insert(QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("code"), run.reason},
                                       {QStringLiteral("message"), run.detail}});
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace parley::hub
