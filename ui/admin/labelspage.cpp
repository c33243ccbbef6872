#include "ui/admin/labelspage.h"

#include "ui/theme/tone.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace parley::ui {
namespace {

// A rounded square of the label's colour, with an edge that shows on either theme.
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 17, 17), 4, 4);
    return QIcon(pixmap);
}

} // namespace

LabelsPage::LabelsPage(HubClient *hub, QWidget *parent)
    : QWidget(parent), m_api(HubApi(hub)), m_newColour(QStringLiteral("#2e86c1")),
      m_list(new QListWidget(this)), m_name(new QLineEdit(this)), m_swatch(new QToolButton(this)),
      m_add(new QPushButton(tr("Add label"), this)), m_rename(new QPushButton(tr("Rename…"), this)),
      m_recolour(new QPushButton(tr("Colour…"), this)),
      m_delete(new QPushButton(tr("Delete…"), this)), m_error(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("labelList"));
    m_list->setAccessibleName(tr("Labels"));
    m_list->setIconSize(QSize(20, 20));
    m_name->setObjectName(QStringLiteral("labelName"));
    m_name->setPlaceholderText(tr("New label's name"));
    m_name->setAccessibleName(tr("New label's name"));
    m_name->setMaxLength(40);
    m_swatch->setObjectName(QStringLiteral("labelColour"));
    m_swatch->setAccessibleName(tr("New label's colour"));
    m_swatch->setToolTip(tr("Choose the new label's colour"));
    m_swatch->setIcon(swatch(m_newColour));
    m_add->setObjectName(QStringLiteral("addLabel"));
    m_rename->setObjectName(QStringLiteral("renameLabel"));
    m_recolour->setObjectName(QStringLiteral("recolourLabel"));
    m_delete->setObjectName(QStringLiteral("deleteLabel"));
    m_error->setObjectName(QStringLiteral("labelsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTone(m_error, Tone::Error);
    m_error->hide();

    auto *intro = new QLabel(tr("Labels sort conversations for the whole team: agents put them on "
                                "conversations, and filters and saved views find them."),
                             this);
    intro->setWordWrap(true);
    auto *create = new QHBoxLayout;
    create->addWidget(m_name, 1);
    create->addWidget(m_swatch);
    create->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_rename, m_recolour, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(create);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);

    connect(m_swatch, &QToolButton::clicked, this, &LabelsPage::chooseNewColour);
    connect(m_add, &QPushButton::clicked, this, &LabelsPage::addLabel);
    connect(m_name, &QLineEdit::returnPressed, this, &LabelsPage::addLabel);
    connect(m_name, &QLineEdit::textChanged, this, &LabelsPage::updateButtons);
    connect(m_rename, &QPushButton::clicked, this, &LabelsPage::renameCurrent);
    connect(m_recolour, &QPushButton::clicked, this, &LabelsPage::recolourCurrent);
    connect(m_delete, &QPushButton::clicked, this, &LabelsPage::deleteCurrent);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &LabelsPage::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &LabelsPage::renameCurrent);
    updateButtons();
    refresh();
}

void LabelsPage::refresh()
{
    if (!m_api.isConnected())
        return;
    m_api.labels([this, self = QPointer(this)](const HubResult<QList<Label>> &labels) {
        if (!self)
            return;
        if (!labels.ok())
            return showError(labels.error().text());
        showLabels(*labels);
    });
}

void LabelsPage::showLabels(const QList<Label> &labels)
{
    const std::optional<Label> selected = currentLabel();
    m_labels = labels;
    m_list->clear();
    for (const Label &label : labels) {
        auto *item = new QListWidgetItem(swatch(QColor(label.color)), label.name, m_list);
        item->setData(Qt::UserRole, label.id);
        item->setToolTip(label.color);
    }
    if (selected)
        selectLabel(selected->id);
    updateButtons();
    emit labelsShown();
}

std::optional<Label> LabelsPage::currentLabel() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const Id id = item->data(Qt::UserRole).toLongLong();
    for (const Label &label : m_labels) {
        if (label.id == id)
            return label;
    }
    return std::nullopt;
}

void LabelsPage::selectLabel(Id id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(row);
    }
}

void LabelsPage::updateButtons()
{
    const bool chosen = currentLabel().has_value();
    m_rename->setEnabled(chosen);
    m_recolour->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    m_add->setEnabled(!m_name->text().trimmed().isEmpty());
}

QColorDialog *LabelsPage::chooseNewColour()
{
    auto *dialog = new QColorDialog(m_newColour, this);
    dialog->setObjectName(QStringLiteral("newLabelColourDialog"));
    dialog->setWindowTitle(tr("Colour of the new label"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &colour) {
        m_newColour = colour;
        m_swatch->setIcon(swatch(colour));
    });
    dialog->open();
    return dialog;
}

void LabelsPage::addLabel()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    m_api.addLabel({0, name, m_newColour.name()},
                   [this, self = QPointer(this)](const HubResult<Label> &reply) {
                       if (!self)
                           return;
                       if (reply.ok())
                           m_name->clear();
                       settle(reply);
                   });
}

QInputDialog *LabelsPage::renameCurrent()
{
    const std::optional<Label> label = currentLabel();
    if (!label)
        return nullptr;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameLabelDialog"));
    dialog->setWindowTitle(tr("Rename label"));
    dialog->setLabelText(tr("New name for “%1”:").arg(label->name));
    dialog->setTextValue(label->name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Label target = *label;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, target](const QString &name) {
        save({target.id, name.trimmed(), target.color});
    });
    dialog->open();
    return dialog;
}

QColorDialog *LabelsPage::recolourCurrent()
{
    const std::optional<Label> label = currentLabel();
    if (!label)
        return nullptr;
    auto *dialog = new QColorDialog(QColor(label->color), this);
    dialog->setObjectName(QStringLiteral("recolourLabelDialog"));
    dialog->setWindowTitle(tr("Colour of “%1”").arg(label->name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Label target = *label;
    connect(dialog, &QColorDialog::colorSelected, this, [this, target](const QColor &colour) {
        save({target.id, target.name, colour.name()});
    });
    dialog->open();
    return dialog;
}

void LabelsPage::save(const Label &label)
{
    m_api.updateLabel(label.id, label,
                      [this, self = QPointer(this)](const HubResult<Label> &reply) {
                          if (self)
                              settle(reply);
                      });
}

void LabelsPage::settle(const HubResult<Label> &reply)
{
    if (!reply.ok()) {
        showError(reply.error().text());
        emit changeFinished(false);
        return;
    }
    m_error->hide();
    QList<Label> labels = m_labels;
    const auto at = std::find_if(labels.begin(), labels.end(),
                                 [&reply](const Label &each) { return each.id == reply->id; });
    if (at != labels.end())
        *at = *reply;
    else
        labels.append(*reply);
    std::sort(labels.begin(), labels.end(),
              [](const Label &a, const Label &b) { return a.name < b.name; });
    showLabels(labels);
    selectLabel(reply->id);
    emit changeFinished(true);
}

void LabelsPage::deleteCurrent()
{
    const std::optional<Label> label = currentLabel();
    if (!label)
        return;
    const Label target = *label;
    m_api.labelUsage(target.id,
                     [this, self = QPointer(this), target](const HubResult<LabelUsage> &usage) {
                         if (!self)
                             return;
                         if (!usage.ok())
                             return showError(usage.error().text());
                         askToDelete(target, usage->conversations);
                     });
}

void LabelsPage::askToDelete(const Label &label, int conversations)
{
    // "(s)" would read badly in the question that stands between an admin and a deletion.
    const QString carried =
        conversations == 0 ? tr("No conversation carries it.")
        : conversations == 1
            ? tr("One conversation carries it; it will be taken off it.")
            : tr("%n conversations carry it; it will be taken off them.", nullptr, conversations);
    auto *question =
        new QMessageBox(QMessageBox::Warning, tr("Delete label"),
                        tr("Delete the label “%1”?").arg(label.name), QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("deleteLabelQuestion"));
    question->setInformativeText(carried + QStringLiteral(" ") +
                                 tr("Saved views that look for it find nothing more."));
    QPushButton *yes = question->addButton(tr("Delete label"), QMessageBox::DestructiveRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const Id id = label.id;
    connect(question, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        m_api.removeLabel(id, [this, self = QPointer(this), id](const HubResult<Done> &done) {
            if (!self)
                return;
            if (!done.ok()) {
                showError(done.error().text());
                emit changeFinished(false);
                return;
            }
            m_error->hide();
            QList<Label> labels = m_labels;
            labels.erase(std::remove_if(labels.begin(), labels.end(),
                                        [id](const Label &each) { return each.id == id; }),
                         labels.end());
            showLabels(labels);
            emit changeFinished(true);
        });
    });
    question->open();
    emit deleteQuestionShown(question);
}

void LabelsPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace parley::ui
