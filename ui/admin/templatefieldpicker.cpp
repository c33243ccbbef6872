#include "ui/admin/templatefieldpicker.h"

#include "core/rules/mergefields.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace parley::ui {

TemplateFieldPicker::TemplateFieldPicker(QPlainTextEdit *editor)
    : QObject(editor), m_editor(editor), m_completer(new QCompleter(this)),
      m_fields(new QStringListModel(this))
{
    m_completer->setModel(m_fields);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->popup()->setObjectName(QStringLiteral("fieldPickerPopup"));
    setModule(Module::Leads);
    editor->installEventFilter(this);
    m_completer->popup()->installEventFilter(this);
    connect(editor->document(), &QTextDocument::contentsChange, this,
            &TemplateFieldPicker::contentsChanged);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_hashPosition >= 0 && m_editor->textCursor().position() <= m_hashPosition)
            close();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplateFieldPicker::insert);
}

void TemplateFieldPicker::setModule(Module module)
{
    m_module = module;
    m_fields->setStringList(moduleFields(module));
    close();
}

bool TemplateFieldPicker::isOpen() const
{
    return m_hashPosition >= 0 && m_completer->popup()->isVisible();
}

void TemplateFieldPicker::open()
{
    m_editor->setFocus();
    m_editor->insertPlainText(QStringLiteral("#"));
}

bool TemplateFieldPicker::eventFilter(QObject *watched, QEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    // The completer hides its list on Escape or a click elsewhere: the "#" stays plain text.
    if (watched == popup && event->type() == QEvent::Hide && !m_hidingEmptyList)
        m_hashPosition = -1;
    // Keys reach the open list first (this filter runs before the completer's own, which would
    // hand Return to the editor as a line break) or, on some platforms, the editor.
    if ((watched == popup || watched == m_editor) && event->type() == QEvent::KeyPress &&
        isOpen()) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
            if (popup->currentIndex().isValid())
                insert(popup->currentIndex().data(m_completer->completionRole()).toString());
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void TemplateFieldPicker::contentsChanged(int position, int removed, int added)
{
    if (m_editor->isReadOnly())
        return;
    const QString text = m_editor->toPlainText();
    if (m_hashPosition < 0) {
        // One "#" typed (not pasted with other text) opens the list.
        if (removed == 0 && added == 1 && position < text.size() &&
            text.at(position) == QLatin1Char('#')) {
            m_hashPosition = position;
            narrow();
        }
        return;
    }
    if (m_hashPosition >= text.size() || text.at(m_hashPosition) != QLatin1Char('#')) {
        close();
        return;
    }
    narrow();
}

void TemplateFieldPicker::narrow()
{
    const QString text = m_editor->toPlainText();
    const int end = qMax(m_editor->textCursor().position(), m_hashPosition + 1);
    const QString typed = text.mid(m_hashPosition + 1, end - m_hashPosition - 1);
    if (typed.contains(QLatin1Char('\n')) || typed.contains(QChar::ParagraphSeparator) ||
        typed.size() > 40) {
        close();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    if (m_completer->completionCount() == 0) {
        // Nothing matches what follows the "#" yet; a backspace may bring matches back.
        m_hidingEmptyList = true;
        m_completer->popup()->hide();
        m_hidingEmptyList = false;
        return;
    }
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void TemplateFieldPicker::insert(const QString &field)
{
    if (m_hashPosition < 0)
        return;
    const int from = m_hashPosition;
    m_hashPosition = -1; // the edit below must not reopen or narrow the list
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(from);
    cursor.setPosition(qMax(m_editor->textCursor().position(), from + 1), QTextCursor::KeepAnchor);
    cursor.insertText(MergeField{moduleName(m_module), field, 0, 0}.written());
    m_editor->setTextCursor(cursor);
    m_completer->popup()->hide();
}

void TemplateFieldPicker::close()
{
    m_hashPosition = -1;
    if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

} // namespace parley::ui
