#include "core/protocol/triagetypes.h"

#include "core/protocol/isotime.h"
#include "core/protocol/jsonreader.h"

#include <QJsonArray>

#include <climits>

namespace parley {
namespace {

void writeChanges(const ConversationChanges &c, QJsonObject *json)
{
    if (c.ownerId)
        json->insert(QStringLiteral("owner_id"), *c.ownerId);
    if (c.teamId)
        json->insert(QStringLiteral("team_id"), *c.teamId);
    if (c.priority)
        json->insert(QStringLiteral("priority"), conversationPriorityName(*c.priority));
    if (c.status) {
        json->insert(QStringLiteral("status"), conversationStatusName(*c.status));
        if (*c.status == ConversationStatus::Snoozed && c.snoozedUntil > 0)
            json->insert(QStringLiteral("snoozed_until"), toIsoUtc(c.snoozedUntil));
    }
    if (!c.addLabels.isEmpty() || !c.removeLabels.isEmpty())
        json->insert(QStringLiteral("labels"),
                     QJsonObject{{QStringLiteral("add"), idArray(c.addLabels)},
                                 {QStringLiteral("remove"), idArray(c.removeLabels)}});
}

void readChanges(JsonReader &r, ConversationChanges *c)
{
    if (r.has(QStringLiteral("owner_id")))
        c->ownerId = r.id(QStringLiteral("owner_id"), true);
    if (r.has(QStringLiteral("team_id")))
        c->teamId = r.id(QStringLiteral("team_id"), true);
    if (r.has(QStringLiteral("priority")))
        c->priority = r.enumValue(QStringLiteral("priority"), conversationPriorityFromName,
                                  ConversationPriority::Normal);
    if (r.has(QStringLiteral("status")))
        c->status = r.enumValue(QStringLiteral("status"), conversationStatusFromName,
                                ConversationStatus::Open);
    c->snoozedUntil = r.time(QStringLiteral("snoozed_until"));
    if (c->snoozedUntil > 0 && c->status != ConversationStatus::Snoozed)
        r.fail(QStringLiteral("snoozed_until"), QStringLiteral("only with status \"snoozed\""));
    const QJsonObject labels = r.object(QStringLiteral("labels"));
    if (!labels.isEmpty()) {
        JsonReader l(labels);
        c->addLabels = l.ids(QStringLiteral("add"), false, 100);
        c->removeLabels = l.ids(QStringLiteral("remove"), false, 100);
        if (!l.ok())
            r.fail(QStringLiteral("labels"), l.error());
    }
}

} // namespace

QJsonObject toJson(const Label &label)
{
    QJsonObject json{{QStringLiteral("name"), label.name}, {QStringLiteral("color"), label.color}};
    if (label.id != 0)
        json.insert(QStringLiteral("id"), label.id);
    return json;
}

bool fromJson(const QJsonObject &json, Label *label, QString *error)
{
    JsonReader r(json);
    label->id = r.id(QStringLiteral("id"));
    label->name = r.string(QStringLiteral("name"), true);
    label->color = r.string(QStringLiteral("color"), true);
    return finish(r, error);
}

bool fromJson(const QJsonObject &json, LabelUsage *usage, QString *error)
{
    JsonReader r(json);
    const qint64 count = r.integer(QStringLiteral("conversations"), true);
    if (count < 0)
        r.fail(QStringLiteral("conversations"), QStringLiteral("negative"));
    usage->conversations = int(qMin<qint64>(count, INT_MAX));
    return finish(r, error);
}

QJsonObject toJson(ReadReceiptRule rule)
{
    return {{QStringLiteral("sent_by"), readReceiptRuleName(rule)}};
}

bool fromJson(const QJsonObject &json, ReadReceiptRule *rule, QString *error)
{
    JsonReader r(json);
    *rule = r.enumValue(QStringLiteral("sent_by"), readReceiptRuleFromName, ReadReceiptRule::Owner);
    if (!r.has(QStringLiteral("sent_by")))
        r.fail(QStringLiteral("sent_by"), QStringLiteral("missing"));
    return finish(r, error);
}

QJsonObject toJson(const BulkChangeRequest &request)
{
    QJsonObject json{{QStringLiteral("conversation_ids"), idArray(request.conversationIds)}};
    writeChanges(request.changes, &json);
    return json;
}

bool fromJson(const QJsonObject &json, ConversationChanges *changes, QString *error)
{
    JsonReader r(json);
    readChanges(r, changes);
    return finish(r, error);
}

bool fromJson(const QJsonObject &json, BulkChangeRequest *request, QString *error)
{
    JsonReader r(json);
    request->conversationIds =
        r.ids(QStringLiteral("conversation_ids"), true, maxBulkConversations);
    readChanges(r, &request->changes);
    return finish(r, error);
}

QJsonObject toJson(const BulkChangeResult &result)
{
    QJsonArray refused;
    for (const BulkChangeResult::Refusal &refusal : result.refused)
        refused.append(QJsonObject{{QStringLiteral("id"), refusal.id},
                                   {QStringLiteral("code"), refusal.code},
                                   {QStringLiteral("message"), refusal.message}});
    return {{QStringLiteral("updated"), idArray(result.updated)},
            {QStringLiteral("refused"), refused}};
}

bool fromJson(const QJsonObject &json, BulkChangeResult *result, QString *error)
{
    JsonReader r(json);
    result->updated = r.ids(QStringLiteral("updated"), true, maxBulkConversations);
    for (const QJsonValue &value : json.value(QStringLiteral("refused")).toArray()) {
        JsonReader item(value.toObject());
        BulkChangeResult::Refusal refusal;
        refusal.id = item.id(QStringLiteral("id"), true);
        refusal.code = item.string(QStringLiteral("code"), true);
        refusal.message = item.string(QStringLiteral("message"));
        if (!item.ok())
            r.fail(QStringLiteral("refused"), item.error());
        result->refused.append(refusal);
    }
    return finish(r, error);
}

} // namespace parley
