#pragma once

#include "core/domain/record.h"

#include <QObject>

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace parley::ui {

// R6.1: typing "#" in a template body opens a list of the module's fields; typing on narrows
// it, and choosing one replaces the "#" and what followed with "$[Module.Field]". Escape, a
// line break or moving before the "#" closes the list and leaves the text as typed.
class TemplateFieldPicker : public QObject {
    Q_OBJECT
public:
    explicit TemplateFieldPicker(QPlainTextEdit *editor);

    void setModule(Module module);
    QCompleter *completer() const { return m_completer; }
    bool isOpen() const;

    // Types a "#" at the cursor, which opens the list (for an "Insert field" button).
    void open();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void contentsChanged(int position, int removed, int added);
    void narrow();
    void insert(const QString &field);
    void close();

    QPlainTextEdit *m_editor;
    QCompleter *m_completer;
    QStringListModel *m_fields;
    Module m_module = Module::Leads;
    int m_hashPosition = -1; // where the "#" that opened the list is; -1 when closed
    bool m_hidingEmptyList = false;
};

} // namespace parley::ui
