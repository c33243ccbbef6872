#pragma once

#include "core/domain/agent.h"
#include "core/domain/channel.h"
#include "core/domain/messagetemplate.h"
#include "core/protocol/triagetypes.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace parley {

// What the Administration window's pages read from the mirror (ui/admin), asked of
// MirrorStore::read() so that it is read on the store's reader thread and the GUI thread only
// gets the result (issue #11). A database error leaves its part empty.

// Every channel, by name (the Channels and Credits pages).
QList<Channel> readAdminChannels(QSqlDatabase db);
// Every agent, inactive ones too (the People page).
QList<Agent> readAdminAgents(QSqlDatabase db);

// The Templates page: every template and the channels its editor offers.
struct TemplatesSheet {
    QList<MessageTemplate> templates;
    QList<Channel> channels;
};
TemplatesSheet readTemplatesSheet(QSqlDatabase db);

// The satisfaction survey's choices: the approved templates whose quick replies are the scores
// (the only ones the hub takes as the survey), by name, and every channel.
struct CsatChoices {
    QList<MessageTemplate> templates;
    QList<Channel> channels;
};
CsatChoices readCsatChoices(QSqlDatabase db);

// What the automations' list names: templates ("name · language"), channels, agents and labels
// by id.
struct AutomationNames {
    QHash<Id, QString> templates;
    QHash<Id, QString> channels;
    QHash<Id, QString> agents;
    QHash<Id, Label> labels;
};
AutomationNames readAutomationNames(QSqlDatabase db);

// What "Add automation…" offers: the connected channels, the active agents, the labels, every
// template and the approved ones of each module a trigger about records may name.
struct AutomationChoices {
    QList<Channel> channels;
    QList<Agent> agents;
    QList<Label> labels;
    QList<MessageTemplate> templates;
    QHash<QString, QList<MessageTemplate>> approvedOfModule; // by module name
};
AutomationChoices readAutomationChoices(QSqlDatabase db, const QStringList &modules);

} // namespace parley
