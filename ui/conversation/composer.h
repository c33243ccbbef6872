#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace parley::ui {

// Where a reply is written (R4.2–R4.4): free text with Ctrl+Enter to send while the 24-hour
// window is open; when it is closed, the composer says why and offers a template instead; for
// view-only agents it explains that they cannot send (R4.6).
class Composer : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Reply, WindowClosed, ViewOnly, NoConversation };

    explicit Composer(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    QString text() const;
    void setText(const QString &text);
    void insertText(const QString &text);
    void focusEditor();

signals:
    void sendText(const QString &text);
    void templateRequested();
    void predefinedTextRequested();
    void attachRequested();

private:
    void send();

    Mode m_mode = Mode::NoConversation;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_closedReason = nullptr;
    QLabel *m_viewOnly = nullptr;
};

} // namespace parley::ui
