#include "hub/service/templateservice.h"

#include "core/domain/personname.h"
#include "core/protocol/entitycodec.h"
#include "core/rules/channelrules.h"
#include "core/rules/mergefields.h"
#include "core/rules/templateexamples.h"
#include "core/rules/templaterules.h"
#include "core/whatsapp/grapherrors.h"
#include "core/whatsapp/graphtemplatecomponents.h"
#include "core/whatsapp/graphtemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace parley::hub {

TemplateService::TemplateService(HubContext &context, ConversationService &conversations,
                                 BillingService &billing, QObject *parent)
    : QObject(parent), m_ctx(context), m_conversations(conversations), m_billing(billing)
{}

bool TemplateService::publish(const MessageTemplate &t)
{
    return m_ctx.events.append(EventType::TemplateUpdated, toJson(t), m_ctx.now()) > 0;
}

std::optional<ChannelConfig> TemplateService::templateChannel(Id channelId)
{
    if (channelId != 0) {
        std::optional<ChannelConfig> chosen = m_ctx.channels.byId(channelId);
        if (chosen && chosen->channel.status == ChannelStatus::Connected)
            return chosen;
        return std::nullopt;
    }
    for (const ChannelConfig &channel : m_ctx.channels.all()) {
        if (channel.channel.status == ChannelStatus::Connected)
            return channel;
    }
    return std::nullopt;
}

CommandResult TemplateService::list()
{
    QJsonArray templates;
    for (const MessageTemplate &t : m_ctx.templates.all())
        templates.append(toJson(t));
    return CommandResult::success({{QStringLiteral("templates"), templates}});
}

CommandResult TemplateService::submit(const MessageTemplate &draft, const QStringList &given)
{
    MessageTemplate t = draft;
    int counted = countTemplatesTowardLimit(m_ctx.templates.all());
    if (t.id != 0) {
        const std::optional<MessageTemplate> stored = m_ctx.templates.byId(t.id);
        if (!stored)
            return CommandResult::failure(404, QStringLiteral("not_found"),
                                          QStringLiteral("There is no template %1.").arg(t.id));
        const RuleErrors locked = checkTemplateEditable(stored->status);
        if (!locked.isEmpty())
            return CommandResult::failure(409, locked.first());
        t.metaTemplateId = stored->metaTemplateId;
        t.status = stored->status; // a rejected one is already counted: it needs no new room
        t.name = stored->name;     // Meta keys a template by name and language: they stay
        t.language = stored->language;
        t.channelId = stored->channelId; // and it lives in that WhatsApp account
    } else if (t.channelId != 0 && !m_ctx.channels.byId(t.channelId)) {
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(t.channelId));
    }
    if (t.id == 0)
        t.status = TemplateStatus::Draft;
    const RuleErrors errors = checkTemplateSubmission(t, counted);
    if (!errors.isEmpty())
        return CommandResult::failure(
            errors.first().code == QLatin1String("template_limit_reached") ? 409 : 400,
            errors.first());
    const QStringList fields = toMetaTemplateBody(t.body).parameters;
    QString problem;
    if (!given.isEmpty() && !checkTemplateExamples(given, int(fields.size()), &problem))
        return CommandResult::failure(400, QStringLiteral("template_examples_invalid"), problem);
    const QStringList examples = given.isEmpty() ? templateExampleValues(fields) : given;
    const std::optional<ChannelConfig> channel = templateChannel(t.channelId);
    if (!channel)
        return CommandResult::failure(
            409, QStringLiteral("channel_inactive"),
            t.channelId != 0 ? QStringLiteral("Channel %1 is not connected.").arg(t.channelId)
                             : QStringLiteral("Connect a WhatsApp number before "
                                              "submitting templates."));
    t.channelId = channel->channel.id;
    t.status = TemplateStatus::Pending;
    t.rejectionReason.clear();
    t.updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    if (t.id == 0) {
        t.id = m_ctx.templates.insert(t);
        if (t.id == 0)
            return CommandResult::failure(
                409, QStringLiteral("template_name_taken"),
                QStringLiteral("A template named %1 in %2 exists.").arg(t.name, t.language));
    } else if (!m_ctx.templates.save(t)) {
        return storeFailure();
    }
    if (!publish(t) || !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    submitToMeta(t, examples);
    return CommandResult::success({{QStringLiteral("template"), toJson(t)}}, 202);
}

void TemplateService::submitToMeta(const MessageTemplate &t, const QStringList &examples)
{
    const std::optional<ChannelConfig> channel = templateChannel(t.channelId);
    if (!channel)
        return;
    const MetaTemplateBody body = toMetaTemplateBody(t.body);
    QJsonObject request;
    QString path;
    if (t.metaTemplateId.isEmpty()) {
        whatsapp::TemplateCreateRequest create;
        create.name = t.name;
        create.language = t.language;
        create.category = templateCategoryName(t.category);
        create.bodyText = body.text;
        create.bodyExample = examples; // "Ana", one per {{n}}
        create.otherComponents = whatsapp::graphTemplateComponents(t);
        request = whatsapp::templateCreateRequestJson(create);
        path = channel->channel.wabaId + QStringLiteral("/message_templates");
    } else {
        // Meta edits a rejected template in place (POST /<TEMPLATE_ID>), replacing all its
        // components: the same ones a creation carries.
        whatsapp::TemplateCreateRequest edit;
        edit.category = templateCategoryName(t.category);
        edit.bodyText = body.text;
        edit.bodyExample = examples;
        edit.otherComponents = whatsapp::graphTemplateComponents(t);
        request = whatsapp::templateEditRequestJson(edit);
        path = t.metaTemplateId;
    }
    const Id id = t.id;
    m_graph.post(*channel, path, request,
                 [this, id](const GraphClient::Reply &reply) { metaAnswered(id, reply); });
}

std::optional<MessageTemplate> TemplateService::sendableTemplate(Id templateId,
                                                                 CommandResult *refusal)
{
    std::optional<MessageTemplate> t = m_ctx.templates.byId(templateId);
    if (!t) {
        *refusal =
            CommandResult::failure(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no template %1.").arg(templateId));
        return std::nullopt;
    }
    const RuleErrors sendable = checkTemplateSendable(*t);
    if (!sendable.isEmpty()) {
        *refusal = CommandResult::failure(422, sendable.first());
        return std::nullopt;
    }
    return t;
}

void TemplateService::metaAnswered(Id templateId, const GraphClient::Reply &reply)
{
    std::optional<MessageTemplate> t = m_ctx.templates.byId(templateId);
    if (!t)
        return;
    if (reply.httpStatus == 200) {
        whatsapp::TemplateCreateResponse created;
        QString problem;
        if (whatsapp::parseTemplateCreateResponse(reply.json, &created, &problem))
            t->metaTemplateId = created.id;
        // When the review's webhook came first it already set the id and the verdict; saving
        // the id again changes nothing else.
    } else {
        whatsapp::GraphError error;
        QString problem;
        t->status = TemplateStatus::Rejected;
        // Meta's words for people (error_user_title / error_user_msg) when it sent them, e.g.
        // for a duplicate name; never Qt's "Error transferring <Graph URL>".
        if (whatsapp::parseGraphError(reply.json, &error, &problem))
            t->rejectionReason = whatsapp::graphErrorForPeople(error);
        else if (reply.httpStatus != 0)
            t->rejectionReason =
                QStringLiteral("WhatsApp answered HTTP %1 without a reason.").arg(reply.httpStatus);
        else
            t->rejectionReason =
                QStringLiteral("WhatsApp could not be reached: %1").arg(reply.networkErrorText);
    }
    t->updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    if (m_ctx.templates.save(*t) && publish(*t) && transaction.commit())
        m_ctx.eventsCommitted();
}

void TemplateService::remove(Id templateId, Done done)
{
    const std::optional<MessageTemplate> t = m_ctx.templates.byId(templateId);
    if (!t)
        return done(
            CommandResult::failure(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no template %1.").arg(templateId)));
    if (t->metaTemplateId.isEmpty())
        return done(removeStored(templateId)); // WhatsApp never accepted it
    const std::optional<ChannelConfig> channel = templateChannel(t->channelId);
    if (!channel)
        return done(CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                           QStringLiteral("The template's channel is not "
                                                          "connected.")));
    // DELETE /<WABA_ID>/message_templates?name=…&hsm_id=… (§8): with the id only this
    // language's template goes, not every language of the name.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), t->name);
    query.addQueryItem(QStringLiteral("hsm_id"), t->metaTemplateId);
    m_graph.deleteResource(*channel,
                           channel->channel.wabaId + QStringLiteral("/message_templates?") +
                               query.toString(QUrl::FullyEncoded),
                           [this, templateId, done](const GraphClient::Reply &reply) {
                               deleted(templateId, reply, done);
                           });
}

void TemplateService::deleted(Id templateId, const GraphClient::Reply &reply, const Done &done)
{
    if (reply.httpStatus == 200)
        return done(removeStored(templateId));
    if (reply.httpStatus == 0)
        return done(CommandResult::failure(
            502, QStringLiteral("whatsapp_unreachable"),
            QStringLiteral("WhatsApp could not be reached: %1").arg(reply.networkErrorText)));
    whatsapp::GraphError error;
    QString problem;
    if (!whatsapp::parseGraphError(reply.json, &error, &problem))
        return done(CommandResult::failure(
            502, QStringLiteral("whatsapp_error"),
            QStringLiteral("WhatsApp answered HTTP %1 without an error.").arg(reply.httpStatus)));
    done(CommandResult::failure(422, QStringLiteral("whatsapp_rejected"),
                                whatsapp::graphErrorForPeople(error)));
}

CommandResult TemplateService::removeStored(Id templateId)
{
    Transaction transaction(m_ctx.db);
    if (!m_ctx.templates.remove(templateId)) {
        // Deleted meanwhile by another request: the same outcome.
        if (!m_ctx.templates.byId(templateId))
            return CommandResult::success({{QStringLiteral("deleted"), templateId}});
        return storeFailure();
    }
    if (m_ctx.events.append(EventType::TemplateDeleted, {{QStringLiteral("id"), templateId}},
                            m_ctx.now()) <= 0 ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("deleted"), templateId}});
}

} // namespace parley::hub
