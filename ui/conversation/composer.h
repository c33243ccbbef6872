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

public slots:
    // Sends the text written, when a reply can be sent (Ctrl+Enter, the Send button, the menu).
    void send();

signals:
    void sendText(const QString &text);
    // The reply's text changed (typed, inserted, cleared by sending).
    void textChanged();
    void templateRequested();
    void predefinedTextRequested();
    void attachRequested();
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
};

} // namespace parley::ui
