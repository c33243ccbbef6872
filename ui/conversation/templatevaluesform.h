#pragma once

#include "core/domain/messagetemplate.h"
#include "core/rules/templatecomponentrules.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace parley::ui {

// What a template asks of the agent beyond the record's merge fields: the header's {{1}} (or,
// for an image, video or document header, a link to the file) and the ending of each link
// button whose address ends in {{1}}. Empty (and hidden) for a template that asks nothing.
class TemplateValuesForm : public QWidget {
    Q_OBJECT
public:
    explicit TemplateValuesForm(QWidget *parent = nullptr);

    void setTemplate(const MessageTemplate &messageTemplate);
    TemplateSendValues values() const;
    // The rules' complaints about the values typed (core/rules/templatecomponentrules).
    RuleErrors problems() const;
    bool asksForValues() const { return m_header != nullptr || !m_suffixes.isEmpty(); }

signals:
    void changed();

private:
    QLineEdit *addField(const QString &label, const QString &placeholder, const QString &name);

    MessageTemplate m_template;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_header = nullptr;
    QList<QLineEdit *> m_suffixes;
};

} // namespace parley::ui
