#include "ui/records/recorddetail.h"

#include "core/mirror/mirrorstore.h"
#include "ui/quotes/recordquotes.h"
#include "ui/record/quickactions.h"
#include "ui/record/recordfieldseditor.h"
#include "ui/record/recordtitle.h"
#include "ui/records/recordtexts.h"

#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace parley::ui {

RecordDetail::RecordDetail(MirrorStore *store, QuickActions *actions, QWidget *parent)
    : QWidget(parent), m_store(store), m_actions(actions)
{
    setObjectName(QStringLiteral("recordDetail"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_column = layout;
    m_empty = new QLabel(tr("Choose a record to see its fields and conversations."), content);
    m_empty->setObjectName(QStringLiteral("detailEmpty"));
    m_empty->setWordWrap(true);
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_owner = new QLabel(content);
    m_owner->setObjectName(QStringLiteral("detailOwner"));
    m_startChat = new QPushButton(tr("Start WhatsApp chat…"), content);
    m_startChat->setObjectName(QStringLiteral("startChat"));

    auto *details = new QGroupBox(tr("Details"), content);
    auto *detailsLayout = new QVBoxLayout(details);
    m_fields = new RecordFieldsEditor(details);
    detailsLayout->addWidget(m_fields);

    auto *talks = new QGroupBox(tr("Conversations"), content);
    auto *talksLayout = new QVBoxLayout(talks);
    m_conversations = new QListWidget(talks);
    m_conversations->setObjectName(QStringLiteral("recordConversations"));
    m_conversations->setAccessibleName(talks->title());
    talksLayout->addWidget(m_conversations);

    layout->addWidget(m_empty);
    layout->addWidget(m_heading);
    layout->addWidget(m_owner);
    layout->addWidget(m_startChat);
    layout->addWidget(details);
    layout->addWidget(talks, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_fields, &RecordFieldsEditor::saveRequested, this, [this](const QVariantMap &fields) {
        m_fields->setSaving(true);
        m_actions->updateRecord(m_record.id, fields, 0,
                                [self = QPointer<RecordDetail>(this)](const auto &result) {
                                    if (!self)
                                        return;
                                    self->m_fields->setSaving(false);
                                    if (result.ok())
                                        self->m_fields->markSaved();
                                });
    });
    connect(m_conversations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit conversationRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_startChat, &QPushButton::clicked, this, [this] {
        if (m_chatPerson > 0)
            emit chatRequested(m_chatPerson);
    });
    showSheet({}, false); // nothing chosen yet
}

void RecordDetail::showRecord(Id recordId)
{
    m_asked = m_store->read<RecordDetailSheet>(
        [recordId](QSqlDatabase db) { return readRecordDetail(db, recordId); },
        [self = QPointer<RecordDetail>(this), recordId](quint64 id,
                                                        const RecordDetailSheet &sheet) {
            if (!self || id != self->m_asked)
                return;
            self->m_record = Record{};
            self->m_record.id = recordId;
            self->showSheet(sheet, true);
        });
    setEnabled(false); // the previous record, until the new one is in
}

void RecordDetail::setQuotes(RecordQuotes *quotes)
{
    m_quotes = quotes;
    // Between the fields and the conversations.
    m_column->insertWidget(m_column->indexOf(m_conversations->parentWidget()), quotes);
    quotes->showRecord(0, m_record.module);
}

int RecordDetail::conversationCount() const
{
    return m_conversations->count();
}

Id RecordDetail::conversationAt(int row) const
{
    QListWidgetItem *item = m_conversations->item(row);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RecordDetail::refresh(const MirrorChanges &changes)
{
    if (m_record.id > 0 && (changes.records || !changes.conversations.isEmpty()))
        reload();
}

void RecordDetail::reload()
{
    const Id recordId = m_record.id;
    m_asked = m_store->read<RecordDetailSheet>(
        [recordId](QSqlDatabase db) { return readRecordDetail(db, recordId); },
        [self = QPointer<RecordDetail>(this)](quint64 id, const RecordDetailSheet &sheet) {
            if (self && id == self->m_asked)
                self->showSheet(sheet, false);
        });
}

void RecordDetail::showSheet(const RecordDetailSheet &sheet, bool quotesToo)
{
    m_asked = 0;
    setEnabled(true);
    const bool shown = sheet.record.has_value();
    m_empty->setVisible(!shown);
    for (QWidget *part : {static_cast<QWidget *>(m_heading), static_cast<QWidget *>(m_owner),
                          static_cast<QWidget *>(m_startChat)})
        part->setVisible(shown);
    m_fields->parentWidget()->setVisible(shown);
    m_conversations->parentWidget()->setVisible(shown);
    m_conversations->clear();
    if (!shown) {
        if (m_record.id > 0) // merged away or out of scope
            m_empty->setText(tr("This record is not on this computer: merged into another one, "
                                "or not arrived yet."));
        m_chatPerson = 0;
        if (quotesToo && m_quotes) // a record not on this computer shows no quotes
            m_quotes->showRecord(0, m_record.module);
        emit loaded();
        return;
    }
    m_record = *sheet.record;
    const QString title = recordTitle(m_record);
    m_heading->setText(QStringLiteral("%1 · %2").arg(moduleSingular(m_record.module),
                                                     title.isEmpty() ? tr("(no name)") : title));
    m_owner->setText(
        tr("Owner: %1").arg(sheet.ownerName.isEmpty() ? tr("nobody") : sheet.ownerName));
    m_fields->setRecord(m_record, m_actions->canChange());

    for (const Conversation &conversation : sheet.conversations) {
        const QString when =
            conversation.lastMessageAt > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(conversation.lastMessageAt),
                                     QLocale::ShortFormat)
                : QString();
        auto *item =
            new QListWidgetItem(tr("%1 · %2 · %3")
                                    .arg(conversation.customerNumber,
                                         conversationStatusText(conversation.status), when),
                                m_conversations);
        item->setData(Qt::UserRole, conversation.id);
    }
    m_chatPerson = sheet.chatPerson;
    m_startChat->setEnabled(m_chatPerson > 0 && m_actions->canChange());
    m_startChat->setToolTip(m_chatPerson > 0
                                ? QString()
                                : tr("No lead or contact with a number belongs to this record."));
    if (quotesToo && m_quotes)
        m_quotes->showRecord(m_record.id, m_record.module);
    emit loaded();
}

} // namespace parley::ui
