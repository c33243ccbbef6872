#include "hub/service/triageservice.h"

#include "core/protocol/entitycodec.h"
#include "hub/store/labelrepository.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace parley::hub {
namespace {

constexpr int maxLabelName = 40;
// The snooze timer wakes at most this many per run; the next run takes the rest.
constexpr int wakeBatch = 500;

CommandResult labelNotFound(Id id)
{
    return CommandResult::failure(404, QStringLiteral("not_found"),
                                  QStringLiteral("There is no label %1.").arg(id));
}

} // namespace

CommandResult TriageService::labels()
{
    QJsonArray list;
    for (const Label &label : LabelRepository(m_ctx.db).all())
        list.append(toJson(label));
    return CommandResult::success({{QStringLiteral("labels"), list}});
}

std::optional<CommandResult> TriageService::refuseLabel(const Label &label, Id except)
{
    const QString name = label.name.trimmed();
    if (name.isEmpty() || name.size() > maxLabelName)
        return CommandResult::failure(
            400, QStringLiteral("label_name_invalid"),
            QStringLiteral("A label's name has 1 to %1 characters.").arg(maxLabelName));
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.match(label.color).hasMatch())
        return CommandResult::failure(400, QStringLiteral("label_color_invalid"),
                                      QStringLiteral("A label's colour is written #rrggbb."));
    const std::optional<Label> same = LabelRepository(m_ctx.db).byName(name);
    if (same && same->id != except)
        return CommandResult::failure(
            409, QStringLiteral("label_exists"),
            QStringLiteral("There is already a label named %1.").arg(name));
    return std::nullopt;
}

CommandResult TriageService::addLabel(const Label &label)
{
    if (std::optional<CommandResult> refused = refuseLabel(label, 0))
        return *refused;
    Label created{0, label.name.trimmed(), label.color.toLower()};
    Transaction transaction(m_ctx.db);
    created.id = LabelRepository(m_ctx.db).add(created);
    if (created.id == 0 ||
        !m_ctx.events.append(EventType::LabelUpdated, toJson(created), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("label"), toJson(created)}}, 201);
}

CommandResult TriageService::updateLabel(Id id, const Label &label)
{
    LabelRepository labels(m_ctx.db);
    if (!labels.byId(id))
        return labelNotFound(id);
    if (std::optional<CommandResult> refused = refuseLabel(label, id))
        return *refused;
    const Label changed{id, label.name.trimmed(), label.color.toLower()};
    Transaction transaction(m_ctx.db);
    if (!labels.save(changed) ||
        !m_ctx.events.append(EventType::LabelUpdated, toJson(changed), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("label"), toJson(changed)}});
}

CommandResult TriageService::removeLabel(Id id)
{
    LabelRepository labels(m_ctx.db);
    if (!labels.byId(id))
        return labelNotFound(id);
    Transaction transaction(m_ctx.db);
    for (const Id conversationId : labels.conversationsWith(id)) {
        std::optional<Conversation> conversation = m_ctx.conversations.byId(conversationId);
        if (!conversation)
            continue;
        conversation->labelIds.removeAll(id);
        if (!m_ctx.conversations.save(*conversation) || !m_conversations.publish(*conversation))
            return storeFailure();
    }
    if (!labels.remove(id) ||
        !m_ctx.events.append(EventType::LabelDeleted, {{QStringLiteral("id"), id}}, m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("id"), id}});
}

CommandResult TriageService::labelUsage(Id id)
{
    LabelRepository labels(m_ctx.db);
    if (!labels.byId(id))
        return labelNotFound(id);
    return CommandResult::success(
        {{QStringLiteral("conversations"), int(labels.conversationsWith(id).size())}});
}

std::optional<CommandResult> TriageService::refuseChanges(const ConversationChanges &changes)
{
    if (changes.isEmpty())
        return CommandResult::failure(400, QStringLiteral("bad_request"),
                                      QStringLiteral("Say what changes: owner_id, team_id,"
                                                     " priority, status or labels."));
    if (changes.ownerId && *changes.ownerId != 0) {
        const std::optional<Agent> owner = m_ctx.agents.byId(*changes.ownerId);
        if (!owner || !owner->active)
            return CommandResult::failure(
                400, QStringLiteral("owner_unknown"),
                QStringLiteral("There is no active agent %1.").arg(*changes.ownerId));
    }
    if (changes.teamId && *changes.teamId != 0 && !m_ctx.agents.groupById(*changes.teamId))
        return CommandResult::failure(
            400, QStringLiteral("team_unknown"),
            QStringLiteral("There is no agent group %1.").arg(*changes.teamId));
    LabelRepository labels(m_ctx.db);
    for (const Id id : changes.addLabels) {
        if (!labels.byId(id))
            return CommandResult::failure(400, QStringLiteral("label_unknown"),
                                          QStringLiteral("There is no label %1.").arg(id));
    }
    if (changes.status == ConversationStatus::Snoozed && changes.snoozedUntil != 0 &&
        changes.snoozedUntil <= m_ctx.now())
        return CommandResult::failure(400, QStringLiteral("snooze_in_past"),
                                      QStringLiteral("A conversation is snoozed until a time "
                                                     "still to come."));
    return std::nullopt;
}

std::optional<CommandResult> TriageService::apply(const Agent &agent, Id conversationId,
                                                  const ConversationChanges &changes,
                                                  Conversation *result)
{
    if (!canSend(agent.role))
        return CommandResult::failure(
            403, QStringLiteral("forbidden_view_only"),
            QStringLiteral("View-only agents can see conversations but not change them."));
    std::optional<Conversation> conversation = m_ctx.conversationFor(agent, conversationId);
    if (!conversation)
        return CommandResult::failure(
            404, QStringLiteral("not_found"),
            QStringLiteral("There is no conversation %1.").arg(conversationId));
    if (changes.ownerId)
        conversation->ownerId = *changes.ownerId;
    if (changes.teamId)
        conversation->teamId = *changes.teamId;
    if (changes.priority)
        conversation->priority = *changes.priority;
    if (changes.status) {
        conversation->status = *changes.status;
        conversation->snoozedUntil =
            *changes.status == ConversationStatus::Snoozed ? changes.snoozedUntil : 0;
    }
    QList<Id> labelIds = conversation->labelIds;
    labelIds.append(changes.addLabels);
    for (const Id id : changes.removeLabels)
        labelIds.removeAll(id);
    std::sort(labelIds.begin(), labelIds.end());
    labelIds.erase(std::unique(labelIds.begin(), labelIds.end()), labelIds.end());
    conversation->labelIds = labelIds;
    if (!m_ctx.conversations.save(*conversation) || !m_conversations.publish(*conversation))
        return storeFailure();
    *result = *conversation;
    return std::nullopt;
}

CommandResult TriageService::change(const Agent &agent, Id conversationId,
                                    const ConversationChanges &changes)
{
    if (std::optional<CommandResult> refused = refuseChanges(changes))
        return *refused;
    Transaction transaction(m_ctx.db);
    Conversation changed;
    if (std::optional<CommandResult> refused = apply(agent, conversationId, changes, &changed))
        return *refused;
    if (!transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    QJsonObject json = toJson(changed);
    json.insert(QStringLiteral("unread_count"),
                m_ctx.views.conversations(agent.id, {changed.id}).value(changed.id).unread);
    return CommandResult::success({{QStringLiteral("conversation"), json}});
}

CommandResult TriageService::changeMany(const Agent &agent, const BulkChangeRequest &request)
{
    if (request.conversationIds.isEmpty())
        return CommandResult::failure(400, QStringLiteral("bad_request"),
                                      QStringLiteral("conversation_ids: none given"));
    if (std::optional<CommandResult> refused = refuseChanges(request.changes))
        return *refused;
    BulkChangeResult result;
    // One transaction for the selection: a crash changes all of it or none; a conversation
    // refused (out of scope, gone) is reported and the others still change.
    Transaction transaction(m_ctx.db);
    QList<Id> seen;
    for (const Id id : request.conversationIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        Conversation changed;
        if (std::optional<CommandResult> refused = apply(agent, id, request.changes, &changed)) {
            if (refused->status >= 500)
                return *refused;
            result.refused.append(BulkChangeResult::Refusal{id, refused->code, refused->message});
            continue;
        }
        result.updated.append(id);
    }
    if (!transaction.commit())
        return storeFailure();
    if (!result.updated.isEmpty())
        m_ctx.eventsCommitted();
    return CommandResult::success(toJson(result));
}

int TriageService::wakeSnoozed()
{
    const QList<Conversation> due = m_ctx.conversations.snoozedUntil(m_ctx.now(), wakeBatch);
    if (due.isEmpty())
        return 0;
    Transaction transaction(m_ctx.db);
    for (Conversation conversation : due) {
        conversation.status = ConversationStatus::Open;
        conversation.snoozedUntil = 0;
        if (!m_ctx.conversations.save(conversation) || !m_conversations.publish(conversation))
            return 0;
    }
    if (!transaction.commit())
        return 0;
    m_ctx.eventsCommitted();
    return int(due.size());
}

} // namespace parley::hub
