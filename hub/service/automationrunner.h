#pragma once

#include "core/protocol/events.h"
#include "hub/service/templateservice.h"
#include "hub/service/triageservice.h"
#include "hub/store/automationrepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace parley::hub {

// Runs the R6.5 automations, whatever made the change: it reads the event log every write
// path appends to (desktop and API commands, webhook intake, other automations), from its
// own cursor, so a trigger occurrence is seen once wherever it came from; and every
// PARLEY_HUB_HOUSEKEEPING_MS (15 s) it looks for customers left without a reply. Only the
// leader hub runs it (Leadership). Each run is claimed in the run log under a key of its
// occurrence (the event's seq, or the conversation and the customer message it waits on)
// before it acts, so no occurrence runs twice, across restarts and hubs.
//
// Loops: the events an action appended are remembered with its run; a change made by an
// automation never sets off that automation again, and chains stop at maxAutomationDepth.
//
// Progress (the cursor and what was seen) is kept in memory between drains and saved at most
// every progressSaveMs, before any run is claimed, and when the runner stops: a drain after
// each group commit of webhooks then costs no write transaction (and no disk flush) of its
// own. A hub that dies before saving reads those events again from the saved cursor; what it
// saw is rebuilt from them, and the run log's claims keep any run from happening twice.
class AutomationRunner : public QObject {
    Q_OBJECT
public:
    AutomationRunner(HubContext &context, TemplateService &templates, TriageService &triage,
                     QObject *parent = nullptr);
    ~AutomationRunner() override;

    void start();
    // Something was committed: read the log soon (coalesced, on the event loop).
    void poke();
    // Reads every event not read yet and runs what they trigger; nothing unless this hub
    // leads. Not re-entrant: a call from inside a run returns at once.
    void drain();
    // The customers waiting longer than each no-reply automation allows (automationnoreply.cpp).
    void checkWaiting();

    // POST /records' reply: the outcomes of the record-created runs of `recordId`.
    QJsonArray recordCreatedOutcomes(Id recordId);

    // Told of each closing once, after its automations ran (CSAT surveys), with its key.
    void setClosedHook(std::function<void(const Conversation &, const QString &)> hook)
    {
        m_closed = std::move(hook);
    }

    // The key of the one message an automation sends for a created record.
    static QString idempotencyKey(Id automationId, Id recordId);

private:
    struct Target {
        QString kind; // "record" or "conversation"
        Id id = 0;
        Id recordId = 0; // the record (record triggers) or the conversation's record
        Module module = Module::Leads;
        QVariantMap before; // the fields the conditions read, before and after the change
        QVariantMap after;
        QString phone;        // record triggers: Mobile, else Phone
        QString customerName; // record triggers: Full Name
    };
    // Each false on a store failure: the drain stops and reads the same events later.
    bool handle(const Event &event);
    bool recordChanged(const Event &event);
    bool conversationChanged(const Event &event);
    bool runAll(AutomationTrigger trigger, const Target &target, const QString &runKey, qint64 seq);
    bool runOne(const Automation &automation, const Target &target, const QString &runKey,
                const AutomationRepository::Origin &origin);
    // What the runner saw of `subject`: the drain's own unsaved view first.
    std::optional<QString> seenState(const QString &subject);
    // Saves what was seen and the cursor up to the last event handled whole.
    bool flush();
    // Forgets the progress held in memory: the next drain starts again from the saved cursor
    // (after a store failure, or when another hub leads).
    void forgetProgress();
    // flush() from the save timer.
    void saveProgress();
    AutomationRepository::RunEnd act(const Automation &automation, const Target &target, Id runId);
    std::optional<Agent> actorFor(const Automation &automation);
    // A run that ends without acting (skipped or failed), and why.
    static AutomationRepository::RunEnd ended(AutomationOutcome outcome, const QString &reason,
                                              const QString &detail);
    QVariantMap conversationFacts(const Conversation &conversation);

    HubContext &m_ctx;
    AutomationRepository m_repository;
    TemplateService &m_templates;
    TriageService &m_triage;
    QTimer m_timer;
    QTimer m_saveTimer;  // saves the progress held in memory (progressSaveMs)
    QTimer m_retryTimer; // a drain put off while webhooks were being stored (drain())
    QElapsedTimer m_putOffSince;
    QHash<QString, QString> m_pendingSeen; // a null state: forget the subject
    qint64 m_handledThrough = 0;
    qint64 m_storedCursor = 0;
    bool m_loaded = false; // m_handledThrough and m_pendingSeen hold this hub's progress
    std::function<void(const Conversation &, const QString &)> m_closed;
    bool m_draining = false;
    bool m_poked = false;
};

} // namespace parley::hub
