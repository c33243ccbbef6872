#pragma once

#include "hub/service/billingservice.h"
#include "hub/service/conversationservice.h"
#include "hub/service/graphclient.h"
#include "hub/service/hubmetrics.h"
#include "hub/store/mediastore.h"
#include "hub/store/outgoingrepository.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace parley::hub {

// Drains the durable `outgoing` table to the Graph API.
//
// At most once: a row is marked 'sending' (committed) before its request leaves, and a reply
// settles it. A row found 'sending' at start-up, or whose request may have reached Graph without
// an answer (timeout, connection dropped mid-request), is never sent again: its message fails
// with `delivery_unknown`, and a status webhook that carries its biz_opaque_callback_data still
// attaches the wamid if Meta did take it. Failures before anything was sent (refused connection)
// and Graph's rate-limit and transient errors are retried without a limit on attempts, with
// exponential backoff (capped, see retryCapMs) and jitter: an outage delays replies, it does not
// fail them.
// In order: a conversation's queue is head-of-line. Only its oldest unsettled row may leave; a
// later one waits while an earlier one is in flight or backing off, across retries and restarts
// (the order is the rows' message ids, kept in the store). Other conversations go on meanwhile.
// Only requests really on the wire are 'sending': at most maxInFlight rows are claimed at once,
// each right before its request leaves, so a crash turns at most that many into
// `delivery_unknown`.
//
// The queue also carries mark-as-read receipts (kind "mark_read", keyed by the inbound message
// they mark): never charged and never a message, so they settle on the row alone. Marking a
// message read twice changes nothing at Meta, so unlike sends they are retried after an
// interrupted request too. A sent receipt's row stays ('sent') so that the message is not marked
// again; a failed one is logged.
class OutgoingWorker : public QObject {
    Q_OBJECT
public:
    OutgoingWorker(HubContext &context, ConversationService &conversations, BillingService &billing,
                   const MediaStore &media, HubMetrics &metrics, QObject *parent = nullptr);

    void start();
    // Looks for due rows now (called when a send is queued).
    void poke();
    int queueDepth();

    // QNetworkAccessManager opens at most 6 connections to a host and holds further requests in
    // its own queue, off the wire: a row claimed beyond that would be 'sending' while it was never
    // sent, and a crash would turn it into `delivery_unknown` for nothing.
    static constexpr int maxInFlight = 6;
    // Retries back off 1 s, 2 s, 4 s … up to this; PARLEY_HUB_RETRY_MAX_MS lowers it (tests).
    static constexpr qint64 defaultRetryCapMs = 5 * 60 * 1000;
    // A claim of a hub that is gone is settled once it was seen so for this long
    // (failInterrupted()).
    static constexpr qint64 orphanGraceMs = 3000;

private:
    using Row = OutgoingRow;

    void drain();
    void send(const Row &row);
    // Media goes to Graph /media first; its id is kept in the row so a retry does not upload
    // again.
    void upload(const Row &row, const ChannelConfig &channel);
    // 'queued' → 'sending', committed before the request leaves, by this hub (claimed_by);
    // false when the row was not changed (another hub claimed it first), and then the row's
    // conversation is free again.
    bool claim(const Row &row);
    void finished(const Row &row, const GraphClient::Reply &reply);
    void sendMarkRead(const Row &row, const ChannelConfig &channel);
    void markReadFinished(const Row &row, const GraphClient::Reply &reply);
    void markReadFailed(const Row &row, const QString &reason);
    void settleAccepted(const Row &row, const QString &wamid);
    void settleFailed(const Row &row, const QString &code, const QString &reason);
    void retryLater(const Row &row, const QString &reason);
    void failInterrupted();
    Id conversationOf(const Row &row);

    HubContext &m_ctx;
    ConversationService &m_conversations;
    BillingService &m_billing;
    const MediaStore &m_media;
    HubMetrics &m_metrics;
    GraphClient m_graph;
    QTimer m_timer;
    qint64 m_retryCapMs = defaultRetryCapMs;
    // Conversations whose head row is being uploaded (still 'queued' in the store) or sent.
    QSet<Id> m_busyConversations;
    // Rows claimed by a hub that is gone, by when they were first seen so (PostgreSQL).
    QHash<Id, qint64> m_orphanedSince;
    int m_inFlight = 0;
};

} // namespace parley::hub
