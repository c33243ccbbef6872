#include "ui/media/attachmentstab.h"

#include "ui/media/attachmentlistmodel.h"
#include "ui/media/emptyhint.h"
#include "ui/media/mediafiles.h"
#include "ui/theme/flowrow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace parley::ui {

AttachmentsTab::AttachmentsTab(MirrorStore *store, QWidget *parent)
    : QWidget(parent), m_model(new AttachmentListModel(store, this))
{
    build();
}

AttachmentsTab::AttachmentsTab(QSqlDatabase mirror, QWidget *parent)
    : QWidget(parent), m_model(new AttachmentListModel(mirror, this))
{
    build();
}

void AttachmentsTab::build()
{
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setIconSize(
        QSize(AttachmentListModel::thumbnailEdge, AttachmentListModel::thumbnailEdge));
    m_view->setAccessibleName(tr("Attachments"));
    // The name takes what the others leave; they are as wide as what they say.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AttachmentListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(48);

    m_filter = new QComboBox(this);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All files"), int(AttachmentListModel::Filter::All));
    m_filter->addItem(tr("Photos"), int(AttachmentListModel::Filter::Photos));
    m_filter->addItem(tr("Documents"), int(AttachmentListModel::Filter::Documents));
    m_filter->addItem(tr("Audio"), int(AttachmentListModel::Filter::Audio));
    m_filter->addItem(tr("Video"), int(AttachmentListModel::Filter::Video));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(AttachmentListModel::Filter(m_filter->currentData().toInt()));
        updateHint();
    });

    m_open = new QPushButton(tr("Open"), this);
    m_save = new QPushButton(tr("Save as…"), this);
    m_showInChat = new QPushButton(tr("Show in chat"), this);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(chosen()); });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(chosen()); });
    connect(m_showInChat, &QPushButton::clicked, this,
            [this] { emit showInChatRequested(chosen().id); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(m_model->messageAt(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsTab::updateButtons);
    m_hint = new EmptyHint(m_view);
    connect(m_model, &AttachmentListModel::loaded, this, [this] {
        m_loaded = true;
        updateHint();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsTab::updateHint);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &AttachmentsTab::updateHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AttachmentsTab::updateHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AttachmentsTab::updateHint);

    auto *top = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Show:"), this);
    showLabel->setBuddy(m_filter);
    top->addWidget(showLabel);
    top->addWidget(m_filter);
    top->addStretch(1);
    // On a second line when the chat is narrow, rather than widening it past the window.
    top->addWidget(FlowRow::wrap({m_open, m_save, m_showInChat}, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateButtons();
    updateHint();
}

void AttachmentsTab::setMedia(MediaFiles *files, ThumbnailCache *cache)
{
    m_files = files;
    m_model->setFiles(files);
    m_model->setThumbnails(cache);
}

void AttachmentsTab::setConversation(Id conversationId, const QString &customerName)
{
    if (conversationId != m_conversation)
        m_loaded = false; // "no files" only once this conversation's files have been read
    m_conversation = conversationId;
    m_model->setConversation(conversationId, customerName);
    updateHint();
}

void AttachmentsTab::updateHint()
{
    if (m_conversation == 0)
        m_hint->say(tr("Choose a conversation in the list to see the files sent in it."));
    else if (!m_loaded || m_model->isLoading() || m_model->rowCount() > 0)
        m_hint->say(QString());
    else if (m_model->filter() == AttachmentListModel::Filter::All)
        m_hint->say(tr("No files in this conversation yet."));
    else
        m_hint->say(tr("No files of this kind in this conversation."));
}

void AttachmentsTab::reload()
{
    m_model->reload();
}

Message AttachmentsTab::chosen() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? Message() : m_model->messageAt(rows.first().row());
}

void AttachmentsTab::updateButtons()
{
    const Message message = chosen();
    const bool any = message.id != 0;
    if (any && m_files) // ready to be dragged out by the time the agent drags
        m_files->fetchCopy(message, this, [](const QString &, const QString &) {});
    m_open->setEnabled(any);
    m_save->setEnabled(any);
    m_showInChat->setEnabled(any);
}

} // namespace parley::ui
