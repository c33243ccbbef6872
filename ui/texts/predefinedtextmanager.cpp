#include "ui/texts/predefinedtextmanager.h"

#include "core/mirror/mirrorstore.h"
#include "ui/filters/errorlabel.h"
#include "ui/texts/predefinedtexteditor.h"
#include "ui/texts/predefinedtextfilter.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace parley::ui {
namespace {} // namespace

PredefinedTextManager::PredefinedTextManager(QSqlDatabase db, HubClient *hub, QWidget *parent)
    : PredefinedTextManager(new MirrorStore(db.databaseName()), hub, parent)
{
    m_store->setParent(this);
}

PredefinedTextManager::PredefinedTextManager(MirrorStore *store, HubClient *hub, QWidget *parent)
    : QDialog(parent), m_store(store), m_hub(hub), m_texts(HubApi(hub)),
      m_model(new PredefinedTextModel(store, this)), m_search(new QLineEdit(this)),
      m_module(new QComboBox(this)), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_new(new QPushButton(tr("New…"), this)),
      m_edit(new QPushButton(tr("Edit…"), this)), m_delete(new QPushButton(tr("Delete"), this))
{
    setWindowTitle(tr("Manage predefined texts"));
    setObjectName(QStringLiteral("predefinedTextManager"));
    m_search->setObjectName(QStringLiteral("search"));
    m_module->setObjectName(QStringLiteral("module"));
    m_table->setObjectName(QStringLiteral("texts"));
    m_table->setAccessibleName(tr("Predefined texts"));
    m_error->setObjectName(QStringLiteral("error"));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));

    PredefinedTextFilter::setUp(m_search, m_module);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status->setVisible(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_module);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addStretch();
    actions->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(m_search, &QLineEdit::textChanged, this, &PredefinedTextManager::updateQuery);
    connect(m_module, &QComboBox::currentIndexChanged, this, &PredefinedTextManager::updateQuery);
    connect(m_new, &QPushButton::clicked, this, &PredefinedTextManager::newText);
    connect(m_edit, &QPushButton::clicked, this, &PredefinedTextManager::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PredefinedTextManager::deleteCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &PredefinedTextManager::editCurrent);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &PredefinedTextManager::deleteCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PredefinedTextManager::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PredefinedTextManager::updateButtons);
    // A read of the mirror answered later (a save's, a sync batch's) resets the rows: the text
    // chosen then is chosen again.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = currentText().id; });
    connect(m_model, &PredefinedTextModel::loaded, this, [this] {
        if (m_keep != 0)
            selectText(m_keep);
    });
    updateButtons();
}

PredefinedText PredefinedTextManager::currentText() const
{
    return m_model->textAt(m_table->currentIndex().row());
}

void PredefinedTextManager::selectText(Id id)
{
    const int row = m_model->rowOf(id);
    m_table->setCurrentIndex(row < 0 ? QModelIndex() : m_model->index(row, 0));
    updateButtons();
}

QString PredefinedTextManager::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PredefinedTextManager::reload()
{
    m_model->reload(); // the text chosen is chosen again when the rows arrive
}

void PredefinedTextManager::updateQuery()
{
    const Id current = currentText().id;
    m_model->setQuery(PredefinedTextFilter::query(m_search, m_module));
    selectText(current);
}

void PredefinedTextManager::updateButtons()
{
    const bool writable = m_hub != nullptr;
    const bool chosen = m_table->currentIndex().isValid();
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && chosen);
    m_delete->setEnabled(writable && chosen);
}

void PredefinedTextManager::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

PredefinedTextEditor *PredefinedTextManager::openEditor()
{
    auto *editor = new PredefinedTextEditor(m_hub, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PredefinedTextEditor::saved, this, [this](const PredefinedText &text) {
        m_model->noteSaved(text);
        selectText(text.id);
        emit textSaved(text);
    });
    return editor;
}

PredefinedTextEditor *PredefinedTextManager::newText()
{
    if (!m_hub)
        return nullptr;
    showError({});
    PredefinedTextEditor *editor = openEditor();
    editor->startNew(PredefinedTextFilter::chosenModule(m_module).value_or(Module::Leads));
    editor->open();
    return editor;
}

PredefinedTextEditor *PredefinedTextManager::editCurrent()
{
    const PredefinedText text = currentText();
    if (!m_hub || text.id == 0)
        return nullptr;
    showError({});
    PredefinedTextEditor *editor = openEditor();
    editor->edit(text);
    editor->open();
    return editor;
}

QMessageBox *PredefinedTextManager::deleteCurrent()
{
    const PredefinedText text = currentText();
    if (!m_hub || text.id == 0)
        return nullptr;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Delete predefined text"),
                                     tr("Delete \"%1\"? Nobody on the team will be able to "
                                        "use it any more.")
                                         .arg(text.name),
                                     QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("deleteQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = question->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, confirm, text](QAbstractButton *clicked) {
                if (clicked == confirm)
                    remove(text);
            });
    question->open();
    return question;
}

void PredefinedTextManager::remove(const PredefinedText &text)
{
    showError({});
    ++m_deleting;
    m_status->setText(tr("Deleting…"));
    m_status->setVisible(true);
    QPointer<PredefinedTextManager> self(this);
    const Id id = text.id;
    m_texts.remove(id, [self, id](const HubResult<Done> &removed) {
        if (!self)
            return;
        self->m_status->setVisible(--self->m_deleting > 0);
        // Already gone is what the user asked for.
        if (removed.ok() || removed.error().code == QLatin1String("not_found")) {
            self->m_model->noteDeleted(id);
            self->updateButtons();
            emit self->textDeleted(id);
            return;
        }
        self->showError(removed.error().text());
    });
}

} // namespace parley::ui
