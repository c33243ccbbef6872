#pragma once

// What the template rule suites share: a valid template to vary (and one with every header,
// footer and button part), a lead to fill merge fields from, and the codes of a check's errors.

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

inline TemplateButton quickReply(const QString &text)
{
    return {TemplateButtonType::QuickReply, text, {}, {}};
}

inline TemplateButton urlButton(const QString &url, const QString &example = {})
{
    return {TemplateButtonType::Url, QStringLiteral("Rastrear"), url, example};
}

inline TemplateButton phoneButton(const QString &number)
{
    return {TemplateButtonType::PhoneNumber, QStringLiteral("Ligar"), number, {}};
}

inline MessageTemplate withButtons(const QList<TemplateButton> &buttons)
{
    MessageTemplate t = validTemplate();
    t.buttons = buttons;
    return t;
}

inline MessageTemplate withHeader(TemplateHeaderFormat format, const QString &text,
                                  const QString &example = {})
{
    MessageTemplate t = validTemplate();
    t.header = {format, text, example};
    return t;
}

// Everything at once, all valid: text header with a variable, footer, every button type.
inline MessageTemplate fullTemplate()
{
    MessageTemplate t = withHeader(TemplateHeaderFormat::Text, QStringLiteral("Pedido {{1}}"),
                                   QStringLiteral("A-1042"));
    t.footer = QStringLiteral("Responda SAIR para não receber ofertas");
    t.buttons = {
        quickReply(QStringLiteral("Sim")), quickReply(QStringLiteral("Não")),
        urlButton(QStringLiteral("https://loja.example/t/{{1}}"), QStringLiteral("A-1042")),
        phoneButton(QStringLiteral("+5511987650001"))};
    return t;
}

} // namespace parley::testing
