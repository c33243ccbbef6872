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
    // The next reply quotes this message ("Replying to …" above the editor, with a cancel
    // button); 0 clears it. Sending or cancelling clears it.
    void setReplyTarget(qint64 messageId, const QString &summary);
    qint64 replyTarget() const { return m_replyTarget; }

public slots:
    // Sends the text written, when a reply can be sent (Ctrl+Enter, the Send button, the menu).
    void send();

signals:
    void sendText(const QString &text);
    // A reply quoting one message (see setReplyTarget).
    void sendReply(const QString &text, qint64 replyTo);
    // The reply's text changed (typed, inserted, cleared by sending).
    void textChanged();
    void templateRequested();
    void predefinedTextRequested();
    void attachRequested();
    // "Attach quote…" (R4.7).
    void quoteRequested();
    // Local files dropped on the composer while a reply can be written.
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool handleDrag(QEvent *event);

    Mode m_mode = Mode::NoConversation;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_closedReason = nullptr;
    QLabel *m_viewOnly = nullptr;
    QWidget *m_replyBar = nullptr;
    QLabel *m_replyLabel = nullptr;
    qint64 m_replyTarget = 0;
};

} // namespace parley::ui
