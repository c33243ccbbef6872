#pragma once

// What the template rule suites share: a valid template to vary, a lead to fill merge fields
// from, and the codes of a check's errors.

#include "core/rules/mergefields.h"
#include "core/rules/rulemessages.h"
#include "core/rules/servicewindow.h"
#include "core/rules/templaterules.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace parley::testing {

inline QStringList codesOf(const RuleErrors &errors)
{
    QStringList codes;
    for (const RuleError &error : errors)
        codes.append(error.code);
    return codes;
}

// Lead 7 with these fields.
inline Record lead(const QVariantMap &fields)
{
    Record record;
    record.id = 7;
    record.module = Module::Leads;
    record.fields = fields;
    return record;
}

inline MessageTemplate validTemplate()
{
    MessageTemplate t;
    t.name = QStringLiteral("order_update");
    t.language = QStringLiteral("pt_BR");
    t.category = TemplateCategory::Utility;
    t.module = Module::Leads;
    t.body = QStringLiteral("Olá $[Leads.First Name], seu pedido chegou. Obrigado!");
    return t;
}

inline MessageTemplate withBody(const QString &body)
{
    MessageTemplate t = validTemplate();
    t.body = body;
    return t;
}

inline MessageTemplate withStatus(TemplateStatus status)
{
    MessageTemplate t = validTemplate();
    t.status = status;
    return t;
}

// "Hi $[Leads.City] a $[Leads.City] a ... thanks": `count` fields, each surrounded by words.
inline QString bodyWithFields(int count)
{
    QString body = QStringLiteral("Hi");
    for (int i = 0; i < count; ++i)
        body += QStringLiteral(" $[Leads.City] a");
    return body + QStringLiteral(" thanks");
}

inline const QString grinning = QStringLiteral("😀");

} // namespace parley::testing
