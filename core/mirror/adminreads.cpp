#include "core/mirror/adminreads.h"

#include "core/mirror/labelreads.h"
#include "core/mirror/mirrorreads.h"
#include "core/rules/csatrules.h"

#include <algorithm>

namespace parley {

QList<Channel> readAdminChannels(QSqlDatabase db)
{
    return MirrorReads(db).channels();
}

QList<Agent> readAdminAgents(QSqlDatabase db)
{
    return MirrorReads(db).agents(true);
}

TemplatesSheet readTemplatesSheet(QSqlDatabase db)
{
    MirrorReads reads(db);
    return {reads.templates(), reads.channels()};
}

CsatChoices readCsatChoices(QSqlDatabase db)
{
    MirrorReads reads(db);
    CsatChoices choices;
    for (const MessageTemplate &t : reads.templates()) {
        // Only a template whose quick replies are the scores can be the survey (the hub
        // refuses any other with csat_template_not_survey).
        if (t.status == TemplateStatus::Approved && isCsatSurveyTemplate(t))
            choices.templates.append(t);
    }
    std::sort(choices.templates.begin(), choices.templates.end(),
              [](const MessageTemplate &a, const MessageTemplate &b) { return a.name < b.name; });
    choices.channels = reads.channels();
    return choices;
}

AutomationNames readAutomationNames(QSqlDatabase db)
{
    MirrorReads reads(db);
    AutomationNames names;
    for (const MessageTemplate &t : reads.templates())
        names.templates.insert(t.id, QStringLiteral("%1 · %2").arg(t.name, t.language));
    for (const Channel &channel : reads.channels())
        names.channels.insert(channel.id, channel.name);
    for (const Agent &agent : reads.agents(true))
        names.agents.insert(agent.id, agent.name.isEmpty() ? agent.login : agent.name);
    names.labels = mirrorLabels(db);
    return names;
}

AutomationChoices readAutomationChoices(QSqlDatabase db, const QStringList &modules)
{
    MirrorReads reads(db);
    AutomationChoices choices;
    for (const Channel &channel : reads.channels()) {
        if (channel.status == ChannelStatus::Connected)
            choices.channels.append(channel);
    }
    choices.agents = reads.agents();
    choices.labels = mirrorLabels(db).values();
    choices.templates = reads.templates();
    for (const QString &module : modules)
        choices.approvedOfModule.insert(module, reads.approvedTemplates(module));
    return choices;
}

} // namespace parley
