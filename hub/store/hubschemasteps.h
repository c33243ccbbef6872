#pragma once

#include <QStringList>

// The hub store's schema steps, one function each, in SQLite's words. Their order, which is their
// version, is the list of sqliteSchemaSteps (hubschema.cpp): a new step gets a function here, in
// the file of its kind, and one line at the end of that list.
namespace parley::hub::schema {

// hubschemainitial.cpp
QStringList initialStep();

// hubschemamessages.cpp: messages in and out.
QStringList conversationContentStep();
QStringList severalHubsStep();
QStringList heldWebhooksStep();

// hubschemareports.cpp: conversation periods kept by triggers, which PostgreSQL writes as
// PL/pgSQL functions (postgresReportsStep replaces the triggers of `sqliteStep`).
QStringList reportsStep();
QStringList postgresReportsStep(const QStringList &sqliteStep);

// hubschemateam.cpp: a team's day.
QStringList teamStep();
QStringList triageStep();
QStringList savedViewsStep();
QStringList notificationSettingsStep();
QStringList readsByConversationStep();

// hubschemaworkflows.cpp: tickets, automations, CSAT, quotes, template parts.
QStringList ticketsStep();
QStringList automationsStep();
QStringList csatStep();
QStringList quotesStep();
QStringList templateComponentsStep();

} // namespace parley::hub::schema
