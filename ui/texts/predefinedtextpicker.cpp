#include "ui/texts/predefinedtextpicker.h"

#include "core/mirror/mirrorreads.h"
#include "core/mirror/mirrorstore.h"
#include "ui/texts/predefinedtexteditor.h"
#include "ui/texts/predefinedtextfilter.h"
#include "ui/texts/predefinedtextmodel.h"
#include "ui/theme/tone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace parley::ui {
namespace {} // namespace

PredefinedTextPicker::PredefinedTextPicker(QSqlDatabase db, HubClient *hub, QWidget *parent)
    : PredefinedTextPicker(new MirrorStore(db.databaseName()), hub, parent)
{
    m_store->setParent(this);
}

PredefinedTextPicker::PredefinedTextPicker(MirrorStore *store, HubClient *hub, QWidget *parent)
    : QDialog(parent), m_store(store), m_hub(hub), m_model(new PredefinedTextModel(store, this)),
      m_search(new QLineEdit(this)), m_module(new QComboBox(this)), m_list(new QListView(this)),
      m_previewView(new QTextBrowser(this)), m_issues(new QLabel(this)), m_empty(new QLabel(this)),
      m_insert(nullptr), m_new(new QPushButton(this))
{
    setWindowTitle(tr("Predefined texts"));
    setObjectName(QStringLiteral("predefinedTextPicker"));
    m_search->setObjectName(QStringLiteral("search"));
    m_module->setObjectName(QStringLiteral("module"));
    m_list->setObjectName(QStringLiteral("texts"));
    m_previewView->setObjectName(QStringLiteral("preview"));
    m_issues->setObjectName(QStringLiteral("issues"));
    m_new->setObjectName(QStringLiteral("newText"));

    PredefinedTextFilter::setUp(m_search, m_module);
    m_search->installEventFilter(this);
    m_new->setText(tr("New predefined text"));
    m_new->setEnabled(hub != nullptr);

    m_list->setModel(m_model);
    m_list->setModelColumn(PredefinedTextModel::NameColumn);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_previewView->setAccessibleName(tr("Preview with this customer's values"));
    m_previewView->setOpenLinks(false);
    m_issues->setTextFormat(Qt::PlainText);
    m_issues->setWordWrap(true);
    setTone(m_issues, Tone::Warning);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_module);
    filters->addWidget(m_new);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview for this customer:"), previewPane));
    previewLayout->addWidget(m_previewView, 1);
    previewLayout->addWidget(m_issues);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_empty);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(listPane);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_insert = buttons->addButton(tr("Insert"), QDialogButtonBox::AcceptRole);
    m_insert->setObjectName(QStringLiteral("insertButton"));
    m_insert->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter anywhere presses the default button; the list's own `activated` is left alone so
    // that one key press cannot insert twice.
    connect(m_insert, &QPushButton::clicked, this, &PredefinedTextPicker::choose);
    connect(m_list, &QListView::doubleClicked, this, &PredefinedTextPicker::choose);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_search, &QLineEdit::textChanged, this, &PredefinedTextPicker::updateQuery);
    connect(m_module, &QComboBox::currentIndexChanged, this, &PredefinedTextPicker::updateQuery);
    connect(m_new, &QPushButton::clicked, this, &PredefinedTextPicker::newText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PredefinedTextPicker::updatePreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setText(m_search->text().trimmed().isEmpty() && m_module->currentIndex() == 0
                             ? tr("No predefined texts yet. Write one with \"New predefined "
                                  "text\".")
                             : tr("No predefined text matches."));
        m_empty->setVisible(m_model->rowCount() == 0);
    });
    connect(m_model, &PredefinedTextModel::loaded, this, &PredefinedTextPicker::loaded);
    updateQuery();
    m_search->setFocus();
}

bool PredefinedTextPicker::isLoaded() const
{
    return m_model->isLoaded() && !m_model->isLoading() && m_recordAsked == 0;
}

void PredefinedTextPicker::showWhenLoaded()
{
    m_showWhenLoaded = true;
    loaded();
}

void PredefinedTextPicker::loaded()
{
    if (!isLoaded())
        return;
    const int row = m_model->rowOf(m_keep);
    selectRow(row >= 0 ? row : 0);
    if (std::exchange(m_showWhenLoaded, false))
        show();
}

void PredefinedTextPicker::setRecords(const QList<Record> &records)
{
    m_records = records;
    updatePreview();
}

void PredefinedTextPicker::setConversation(const Conversation &conversation)
{
    if (conversation.recordId == 0) {
        m_recordAsked = 0;
        setRecords({});
        return;
    }
    const Id recordId = conversation.recordId;
    m_recordAsked = m_store->read<std::optional<Record>>(
        [recordId](QSqlDatabase db) { return MirrorReads(db).record(recordId); },
        [self = QPointer<PredefinedTextPicker>(this)](quint64 id,
                                                      const std::optional<Record> &record) {
            if (!self || id != self->m_recordAsked)
                return;
            self->m_recordAsked = 0;
            self->setRecords(record ? QList<Record>{*record} : QList<Record>{});
            self->loaded();
        });
}

PredefinedText PredefinedTextPicker::currentText() const
{
    return m_model->textAt(m_list->currentIndex().row());
}

void PredefinedTextPicker::selectText(Id id)
{
    m_keep = id;
    selectRow(m_model->rowOf(id));
}

void PredefinedTextPicker::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_keep = m_model->textAt(row).id;
    const QModelIndex index = m_model->index(row, PredefinedTextModel::NameColumn);
    m_list->setCurrentIndex(index);
    if (index.isValid())
        m_list->scrollTo(index);
    updatePreview();
}

void PredefinedTextPicker::reload()
{
    m_keep = currentText().id; // selected again when the rows arrive (loaded())
    m_model->reload();
}

void PredefinedTextPicker::updateQuery()
{
    const Id current = currentText().id;
    m_model->setQuery(PredefinedTextFilter::query(m_search, m_module)); // in memory
    const int row = m_model->rowOf(current);
    selectRow(row >= 0 ? row : 0);
}

void PredefinedTextPicker::updatePreview()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        m_preview = MergePreview();
        m_previewView->clear();
        m_issues->clear();
        m_issues->setVisible(false);
        m_insert->setEnabled(false);
        return;
    }
    m_preview = previewMergeFields(currentText().body, m_records);
    m_previewView->setHtml(m_preview.html);
    m_issues->setText(m_preview.issues.join(QLatin1Char('\n')));
    m_issues->setVisible(!m_preview.issues.isEmpty());
    m_insert->setEnabled(true);
}

void PredefinedTextPicker::choose()
{
    if (!m_list->currentIndex().isValid())
        return;
    emit textChosen(m_preview.result.text);
    accept();
}

PredefinedTextEditor *PredefinedTextPicker::newText()
{
    if (!m_hub)
        return nullptr;
    auto *editor = new PredefinedTextEditor(m_hub, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // The module filtered on, else the conversation's record's.
    editor->startNew(PredefinedTextFilter::chosenModule(m_module).value_or(
        m_records.isEmpty() ? Module::Leads : m_records.first().module));
    connect(editor, &PredefinedTextEditor::saved, this, [this](const PredefinedText &text) {
        m_model->noteSaved(text);
        selectText(text.id);
    });
    editor->open();
    return editor;
}

bool PredefinedTextPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Keyboard first (R10.2): the arrows move through the list while typing in the search.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            const int step = key == Qt::Key_Up       ? -1
                             : key == Qt::Key_Down   ? 1
                             : key == Qt::Key_PageUp ? -10
                                                     : 10;
            const int last = m_model->rowCount() - 1;
            if (last >= 0)
                selectRow(qBound(0, m_list->currentIndex().row() + step, last));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace parley::ui
