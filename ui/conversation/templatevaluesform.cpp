#include "ui/conversation/templatevaluesform.h"

#include <QFormLayout>
#include <QLayoutItem>
#include <QLineEdit>

namespace parley::ui {

TemplateValuesForm::TemplateValuesForm(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    setVisible(false);
}

QLineEdit *TemplateValuesForm::addField(const QString &label, const QString &placeholder,
                                        const QString &name)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    connect(field, &QLineEdit::textChanged, this, &TemplateValuesForm::changed);
    m_form->addRow(label, field);
    return field;
}

void TemplateValuesForm::setTemplate(const MessageTemplate &messageTemplate)
{
    m_template = messageTemplate;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_header = nullptr;
    m_suffixes.clear();
    const TemplateHeader &header = messageTemplate.header;
    if (headerHasVariable(header))
        m_header = addField(tr("Header value:"), header.example, QStringLiteral("headerValue"));
    else if (isMediaHeader(header.format))
        m_header =
            addField(tr("Link to the header's file:"), QStringLiteral("https://example.com/file"),
                     QStringLiteral("headerValue"));
    int number = 0;
    for (const TemplateButton &button : messageTemplate.buttons) {
        if (!urlButtonHasVariable(button))
            continue;
        QString prefix = button.value;
        prefix.chop(templateSuffixVariable().size());
        m_suffixes.append(addField(tr("“%1” link ending:").arg(button.text),
                                   prefix + button.example,
                                   QStringLiteral("urlValue%1").arg(++number)));
    }
    setVisible(asksForValues());
    emit changed();
}

TemplateSendValues TemplateValuesForm::values() const
{
    TemplateSendValues values;
    if (m_header)
        values.header = m_header->text().trimmed();
    for (const QLineEdit *suffix : m_suffixes)
        values.urlSuffixes.append(suffix->text().trimmed());
    return values;
}

RuleErrors TemplateValuesForm::problems() const
{
    return checkTemplateSendValues(m_template, values());
}

} // namespace parley::ui
