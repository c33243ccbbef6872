// AutomationRunner's reading of the event log (R6.5): the cursor, what was seen of each record
// and conversation, and which events are trigger occurrences. Running them is
// automationruns.cpp; the no-reply check automationnoreply.cpp.
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

// The run log's key of what the runner saw of a record: its fields, as fieldsText().
QString recordSubject(qint64 recordId)
{
    return QStringLiteral("record:%1").arg(recordId);
}

// A trigger occurrence read from the log is claimed under its event's seq.
QString eventRunKey(qint64 seq)
{
    return QStringLiteral("event:%1").arg(seq);
}

QVariantMap fieldsFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
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
        m_pendingSeen.insert(recordSubject(event.data.value(QStringLiteral("id")).toInteger()),
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
    const QString subject = recordSubject(record.id);
    const std::optional<QString> before = seenState(subject);
    Target target;
    target.kind = QStringLiteral("record");
    target.id = target.recordId = record.id;
    target.module = record.module;
    target.after = record.fields;
    target.phone = recordNumber(record.fields);
    target.customerName = record.field(QStringLiteral("Full Name"));
    const QString key = eventRunKey(event.seq);
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
            const QString key = eventRunKey(event.seq);
            ok = runAll(AutomationTrigger::ConversationClosed, target, key, event.seq);
            if (ok && m_closed && flush())
                m_closed(conversation, key);
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

} // namespace parley::hub
