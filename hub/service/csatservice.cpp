#include "hub/service/csatservice.h"

#include "core/rules/csatrules.h"
#include "hub/hublogging.h"

#include <QJsonArray>

namespace parley::hub {

CommandResult CsatService::settings()
{
    bool ok = false;
    QJsonArray list;
    for (const CsatRepository::Setting &s : m_repository.settings(&ok))
        list.append(QJsonObject{{QStringLiteral("channel_id"), s.channelId},
                                {QStringLiteral("template_id"), s.templateId}});
    if (!ok)
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The hub could not read the settings."));
    return CommandResult::success({{QStringLiteral("settings"), list}});
}

CommandResult CsatService::setSetting(Id channelId, Id templateId)
{
    if (channelId > 0 && !m_ctx.channels.byId(channelId))
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    if (templateId > 0) {
        CommandResult refusal;
        const std::optional<MessageTemplate> survey =
            m_templates.sendableTemplate(templateId, &refusal);
        if (!survey)
            return refusal;
        if (!isCsatSurveyTemplate(*survey))
            return CommandResult::failure(
                422, QStringLiteral("csat_template_not_survey"),
                QStringLiteral("Template %1 does not offer the scores 1 to 5 as quick-reply "
                               "buttons, one each.")
                    .arg(survey->name));
    }
    if (!m_repository.setSetting(channelId, templateId))
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The hub could not save the change."));
    return CommandResult::success(
        {{QStringLiteral("setting"), QJsonObject{{QStringLiteral("channel_id"), channelId},
                                                 {QStringLiteral("template_id"), templateId}}}});
}

std::optional<Agent> CsatService::sender(const Conversation &conversation)
{
    // The owner sends it, as they closed it for the customer; else an admin.
    if (std::optional<Agent> owner = m_ctx.agents.byId(conversation.ownerId);
        owner && owner->active && owner->role != Role::Viewer)
        return owner;
    for (const Agent &agent : m_ctx.agents.all()) {
        if (agent.active && agent.role == Role::Admin)
            return agent;
    }
    return std::nullopt;
}

void CsatService::conversationClosed(const Conversation &conversation, const QString &closingKey)
{
    const Id templateId = m_repository.templateFor(conversation.channelId);
    if (templateId == 0)
        return;
    const Id survey =
        m_repository.claimSurvey(conversation.id, closingKey, conversation.channelId,
                                 conversation.ownerId, conversation.teamId, m_ctx.now());
    if (survey == 0)
        return; // this closing had its survey
    const std::optional<Agent> agent = sender(conversation);
    const CommandResult sent =
        agent ? m_templates.send(*agent, conversation.id, templateId,
                                 QStringLiteral("csat:%1").arg(survey))
              : CommandResult::failure(500, QStringLiteral("automation_actor_missing"),
                                       QStringLiteral("No active admin to send the survey."));
    const Id messageId = sent.body.value(QStringLiteral("message"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger();
    if (!sent.ok())
        qCWarning(lcHubStore) << "CSAT survey for conversation" << conversation.id
                              << "not sent:" << sent.code;
    m_repository.surveySent(survey, messageId, sent.code);
}

bool CsatService::recordAnswer(const Conversation &conversation, const QString &repliedTo,
                               const QString &payload, const QString &title, TimestampMs at)
{
    const int score = csatScore(payload, title);
    if (score == 0 || repliedTo.isEmpty())
        return false;
    return m_repository.answer(conversation.id, repliedTo, score, at, at - csatAnswerWindowMs);
}

} // namespace parley::hub
