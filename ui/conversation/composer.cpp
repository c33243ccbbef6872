#include "ui/conversation/composer.h"

#include "ui/main/shortcuts.h"
#include "ui/theme/flowrow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace parley::ui {

Composer::Composer(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);

    auto *reply = new QWidget(m_stack);
    m_editor = new QPlainTextEdit(reply);
    m_editor->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    m_editor->setMaximumHeight(110);
    m_editor->setTabChangesFocus(true); // Tab moves on to the buttons; a reply needs no tabs
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setAccessibleDescription(tr("Ctrl+Enter sends"));
    auto *attach = new QToolButton(reply);
    attach->setText(tr("Attach"));
    attach->setToolTip(tr("Attach up to 5 files (.jpg .png .pdf .mp3 .mp4 .doc .docx)"));
    // R4.7: a quote of the customer's record, rendered to PDF and sent as a document.
    auto *quote = new QToolButton(reply);
    quote->setObjectName(QStringLiteral("attachQuote"));
    quote->setText(tr("Attach quote…"));
    quote->setToolTip(tr("Send a quote of this customer or their deals as a PDF"));
    auto *texts = new QToolButton(reply);
    texts->setText(tr("Predefined text"));
    texts->setToolTip(tr("Insert a predefined text (Ctrl+P)"));
    auto *templates = new QToolButton(reply);
    templates->setText(tr("Template"));
    templates->setToolTip(tr("Send an approved template"));
    m_send = new QPushButton(tr("Send"), reply);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    // The tools go on to a second line in a narrow window (ui/theme/flowrow.h); Send stays right.
    auto *tools = new QHBoxLayout;
    tools->addWidget(FlowRow::wrap({attach, quote, texts, templates}, reply), 1);
    tools->addWidget(m_send, 0, Qt::AlignBottom);
    // "Replying to …": the message the next reply quotes, with a way back out.
    m_replyBar = new QWidget(reply);
    m_replyBar->setObjectName(QStringLiteral("replyBar"));
    m_replyLabel = new QLabel(m_replyBar);
    m_replyLabel->setTextFormat(Qt::PlainText);
    m_replyLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *cancelReply = new QToolButton(m_replyBar);
    cancelReply->setObjectName(QStringLiteral("cancelReply"));
    cancelReply->setText(QStringLiteral("✕"));
    cancelReply->setToolTip(tr("Don't quote this message (Esc)"));
    cancelReply->setAccessibleName(tr("Cancel the reply to this message"));
    auto *replyBarLayout = new QHBoxLayout(m_replyBar);
    replyBarLayout->setContentsMargins(0, 0, 0, 0);
    replyBarLayout->addWidget(m_replyLabel, 1);
    replyBarLayout->addWidget(cancelReply);
    m_replyBar->hide();
    connect(cancelReply, &QToolButton::clicked, this, [this] { setReplyTarget(0, {}); });
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), m_editor);
    cancelShortcut->setContext(Qt::WidgetShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, [this] { setReplyTarget(0, {}); });
    auto *replyLayout = new QVBoxLayout(reply);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_replyBar);
    replyLayout->addWidget(m_editor);
    replyLayout->addLayout(tools);
    m_stack->addWidget(reply);

    auto *closed = new QWidget(m_stack);
    m_closedReason = new QLabel(
        tr("The 24-hour window is closed: WhatsApp only lets you send an approved template until "
           "the customer writes again."),
        closed);
    m_closedReason->setWordWrap(true);
    auto *sendTemplate = new QPushButton(tr("Send template…"), closed);
    auto *closedLayout = new QHBoxLayout(closed);
    closedLayout->addWidget(m_closedReason, 1);
    closedLayout->addWidget(sendTemplate);
    m_stack->addWidget(closed);

    m_viewOnly = new QLabel(tr("You have view-only access: you can read this conversation but "
                               "not reply."),
                            m_stack);
    m_viewOnly->setWordWrap(true);
    m_stack->addWidget(m_viewOnly);

    auto *none = new QLabel(tr("Choose a conversation."), m_stack);
    none->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(none);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_stack);

    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::textChanged);
    connect(attach, &QToolButton::clicked, this, &Composer::attachRequested);
    connect(quote, &QToolButton::clicked, this, &Composer::quoteRequested);
    connect(texts, &QToolButton::clicked, this, &Composer::predefinedTextRequested);
    connect(templates, &QToolButton::clicked, this, &Composer::templateRequested);
    connect(sendTemplate, &QPushButton::clicked, this, &Composer::templateRequested);
    auto *sendShortcut = new QShortcut(Shortcuts::keys(Command::Send), m_editor);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &Composer::send);
    auto *sendShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_editor);
    sendShortcutEnter->setContext(Qt::WidgetShortcut);
    connect(sendShortcutEnter, &QShortcut::activated, this, &Composer::send);
    // Files dropped on the editor are attachments, not paths pasted into the reply.
    m_editor->viewport()->installEventFilter(this);
    setAcceptDrops(true);
    setMode(Mode::NoConversation);
}

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && handleDrag(event))
        return true;
    return QWidget::eventFilter(watched, event);
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    handleDrag(event);
}

void Composer::dragMoveEvent(QDragMoveEvent *event)
{
    handleDrag(event);
}

void Composer::dropEvent(QDropEvent *event)
{
    handleDrag(event);
}

bool Composer::handleDrag(QEvent *event)
{
    const auto type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    const QStringList paths = localFiles(drop->mimeData());
    if (paths.isEmpty() || m_mode != Mode::Reply) {
        event->ignore();
        return paths.isEmpty() ? false : true;
    }
    drop->acceptProposedAction();
    if (type == QEvent::Drop)
        emit filesDropped(paths);
    return true;
}

void Composer::setMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentIndex(int(mode));
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void Composer::insertText(const QString &text)
{
    m_editor->insertPlainText(text);
}

void Composer::focusEditor()
{
    m_editor->setFocus();
}

void Composer::setReplyTarget(qint64 messageId, const QString &summary)
{
    m_replyTarget = messageId;
    m_replyLabel->setText(messageId ? tr("Replying to: %1").arg(summary) : QString());
    m_replyLabel->setToolTip(summary);
    m_replyBar->setVisible(messageId != 0);
}

void Composer::send()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (m_mode != Mode::Reply || text.isEmpty())
        return;
    m_editor->clear();
    const qint64 replyTo = m_replyTarget;
    setReplyTarget(0, {});
    if (replyTo != 0)
        emit sendReply(text, replyTo);
    else
        emit sendText(text);
}

} // namespace parley::ui
