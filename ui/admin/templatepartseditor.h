#pragma once

#include "core/domain/messagetemplate.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace parley::ui {

// The header, footer and buttons of a template (core/domain/templatecomponents.h): a header
// kind (none, text, image, video, document) with its text or sample upload handle, a footer
// line, and up to ten buttons in a table (kind, label, address or phone number, sample).
// Meta's limits are checked by the editor through core/rules; this widget only edits.
class TemplatePartsEditor : public QWidget {
    Q_OBJECT
public:
    explicit TemplatePartsEditor(QWidget *parent = nullptr);

    void load(const MessageTemplate &messageTemplate);
    // Writes the header, footer and buttons shown into `t`.
    void apply(MessageTemplate *t) const;
    void setReadOnly(bool readOnly);

    // For tests and the editor: add a button row of `type` with these cells.
    void addButton(TemplateButtonType type, const QString &text = {}, const QString &value = {},
                   const QString &example = {});
    int buttonCount() const;

signals:
    void changed();

private:
    void headerFormatChanged();
    void removeSelectedButton();
    void showRows();

    QComboBox *m_headerFormat = nullptr;
    QLineEdit *m_headerText = nullptr;
    QLineEdit *m_headerExample = nullptr;
    QLineEdit *m_footer = nullptr;
    QTableWidget *m_buttons = nullptr;
    QComboBox *m_newButtonType = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    bool m_readOnly = false;
};

} // namespace parley::ui
