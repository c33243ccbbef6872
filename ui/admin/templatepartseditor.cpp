#include "ui/admin/templatepartseditor.h"

#include "core/rules/templatecomponentrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

enum ButtonColumn { TypeColumn, TextColumn, ValueColumn, ExampleColumn, ButtonColumnCount };

QString buttonTypeTitle(TemplateButtonType type)
{
    switch (type) {
    case TemplateButtonType::QuickReply:
        return TemplatePartsEditor::tr("Quick reply");
    case TemplateButtonType::Url:
        return TemplatePartsEditor::tr("Link");
    case TemplateButtonType::PhoneNumber:
        return TemplatePartsEditor::tr("Call");
    }
    return QString();
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

TemplatePartsEditor::TemplatePartsEditor(QWidget *parent) : QWidget(parent)
{
    m_headerFormat = new QComboBox(this);
    m_headerFormat->setObjectName(QStringLiteral("headerFormat"));
    m_headerFormat->addItem(tr("No header"), int(TemplateHeaderFormat::None));
    m_headerFormat->addItem(tr("Text"), int(TemplateHeaderFormat::Text));
    m_headerFormat->addItem(tr("Image"), int(TemplateHeaderFormat::Image));
    m_headerFormat->addItem(tr("Video"), int(TemplateHeaderFormat::Video));
    m_headerFormat->addItem(tr("Document"), int(TemplateHeaderFormat::Document));
    m_headerText = new QLineEdit(this);
    m_headerText->setObjectName(QStringLiteral("headerText"));
    m_headerText->setAccessibleName(tr("Header text"));
    m_headerText->setPlaceholderText(tr("Order {{1}} is on its way"));
    m_headerText->setToolTip(
        tr("At most 60 characters; {{1}} is a value the agent gives when sending."));
    m_headerExample = new QLineEdit(this);
    m_headerExample->setObjectName(QStringLiteral("headerExample"));
    m_headerExample->setAccessibleName(tr("Header sample"));
    m_footer = new QLineEdit(this);
    m_footer->setObjectName(QStringLiteral("footer"));
    m_footer->setPlaceholderText(tr("Reply STOP to stop receiving offers"));
    m_footer->setToolTip(tr("Fixed text under the message, at most 60 characters."));

    m_buttons = new QTableWidget(0, ButtonColumnCount, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->setAccessibleName(tr("Buttons"));
    m_buttons->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Label"), tr("Link or phone number"), tr("Sample ending")});
    m_buttons->verticalHeader()->hide();
    // Every header whole in every language: each column as wide as its header or cells, the
    // label's taking what is left (never narrower than its own header). Where the editor is
    // narrower than that (1024 px), the table scrolls inside, not the editor.
    QHeaderView *columns = m_buttons->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    columns->setMinimumSectionSize(columns->sectionSizeHint(TextColumn));
    m_buttons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_buttons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_buttons->setMaximumHeight(130);
    m_buttons->setToolTip(tr("Links may end in {{1}}: the agent gives that ending when sending."));
    m_newButtonType = new QComboBox(this);
    m_newButtonType->setObjectName(QStringLiteral("newButtonType"));
    for (TemplateButtonType type :
         {TemplateButtonType::QuickReply, TemplateButtonType::Url, TemplateButtonType::PhoneNumber})
        m_newButtonType->addItem(buttonTypeTitle(type), int(type));
    m_addButton = new QPushButton(tr("Add button"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_removeButton = new QPushButton(tr("Remove button"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_headerFormat);
    header->addWidget(m_headerText, 2);
    header->addWidget(m_headerExample, 1);
    auto *buttonBar = new QHBoxLayout;
    buttonBar->addWidget(m_newButtonType);
    buttonBar->addWidget(m_addButton);
    buttonBar->addWidget(m_removeButton);
    buttonBar->addStretch();
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Header:"), header);
    form->addRow(tr("Footer:"), m_footer);
    form->addRow(tr("Buttons:"), m_buttons);
    form->addRow(QString(), buttonBar);

    connect(m_headerFormat, &QComboBox::currentIndexChanged, this,
            &TemplatePartsEditor::headerFormatChanged);
    connect(m_headerText, &QLineEdit::textChanged, this, &TemplatePartsEditor::changed);
    connect(m_headerExample, &QLineEdit::textChanged, this, &TemplatePartsEditor::changed);
    connect(m_footer, &QLineEdit::textChanged, this, &TemplatePartsEditor::changed);
    connect(m_buttons, &QTableWidget::itemChanged, this, &TemplatePartsEditor::changed);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addButton(TemplateButtonType(m_newButtonType->currentData().toInt()));
        m_buttons->setCurrentCell(m_buttons->rowCount() - 1, TextColumn);
    });
    connect(m_removeButton, &QPushButton::clicked, this,
            &TemplatePartsEditor::removeSelectedButton);
    headerFormatChanged();
}

void TemplatePartsEditor::headerFormatChanged()
{
    const auto format = TemplateHeaderFormat(m_headerFormat->currentData().toInt());
    m_headerText->setVisible(format == TemplateHeaderFormat::Text);
    m_headerExample->setVisible(format != TemplateHeaderFormat::None);
    m_headerExample->setPlaceholderText(format == TemplateHeaderFormat::Text
                                            ? tr("Sample value for {{1}}")
                                            : tr("Sample file's upload handle"));
    emit changed();
}

void TemplatePartsEditor::addButton(TemplateButtonType type, const QString &text,
                                    const QString &value, const QString &example)
{
    const QSignalBlocker blocker(m_buttons);
    const int row = m_buttons->rowCount();
    m_buttons->insertRow(row);
    auto *kind = new QTableWidgetItem(buttonTypeTitle(type));
    kind->setData(Qt::UserRole, int(type));
    kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
    m_buttons->setItem(row, TypeColumn, kind);
    m_buttons->setItem(row, TextColumn, new QTableWidgetItem(text));
    m_buttons->setItem(row, ValueColumn, new QTableWidgetItem(value));
    m_buttons->setItem(row, ExampleColumn, new QTableWidgetItem(example));
    showRows();
    emit changed();
}

int TemplatePartsEditor::buttonCount() const
{
    return m_buttons->rowCount();
}

void TemplatePartsEditor::removeSelectedButton()
{
    const int row = m_buttons->currentRow();
    if (row < 0)
        return;
    m_buttons->removeRow(row);
    showRows();
    emit changed();
}

void TemplatePartsEditor::showRows()
{
    // A quick reply has no address; a call button no sample.
    for (int row = 0; row < m_buttons->rowCount(); ++row) {
        const auto type =
            TemplateButtonType(m_buttons->item(row, TypeColumn)->data(Qt::UserRole).toInt());
        for (int column : {ValueColumn, ExampleColumn}) {
            QTableWidgetItem *item = m_buttons->item(row, column);
            const bool used = column == ValueColumn ? type != TemplateButtonType::QuickReply
                                                    : type == TemplateButtonType::Url;
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (used && !m_readOnly)
                flags |= Qt::ItemIsEditable;
            item->setFlags(used ? flags : Qt::ItemIsSelectable);
        }
        Qt::ItemFlags textFlags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (!m_readOnly)
            textFlags |= Qt::ItemIsEditable;
        m_buttons->item(row, TextColumn)->setFlags(textFlags);
    }
    m_addButton->setEnabled(!m_readOnly && m_buttons->rowCount() < templateButtonsMax);
    m_removeButton->setEnabled(!m_readOnly && m_buttons->rowCount() > 0);
}

void TemplatePartsEditor::load(const MessageTemplate &messageTemplate)
{
    {
        const QSignalBlocker formatBlocker(m_headerFormat);
        const QSignalBlocker textBlocker(m_headerText);
        const QSignalBlocker exampleBlocker(m_headerExample);
        const QSignalBlocker footerBlocker(m_footer);
        m_headerFormat->setCurrentIndex(
            m_headerFormat->findData(int(messageTemplate.header.format)));
        m_headerText->setText(messageTemplate.header.text);
        m_headerExample->setText(messageTemplate.header.example);
        m_footer->setText(messageTemplate.footer);
        m_buttons->setRowCount(0);
    }
    for (const TemplateButton &button : messageTemplate.buttons)
        addButton(button.type, button.text, button.value, button.example);
    showRows();
    headerFormatChanged();
}

void TemplatePartsEditor::apply(MessageTemplate *t) const
{
    t->header.format = TemplateHeaderFormat(m_headerFormat->currentData().toInt());
    t->header.text =
        t->header.format == TemplateHeaderFormat::Text ? m_headerText->text().trimmed() : QString();
    t->header.example = t->header.format == TemplateHeaderFormat::None
                            ? QString()
                            : m_headerExample->text().trimmed();
    t->footer = m_footer->text().trimmed();
    t->buttons.clear();
    for (int row = 0; row < m_buttons->rowCount(); ++row) {
        TemplateButton button;
        button.type =
            TemplateButtonType(m_buttons->item(row, TypeColumn)->data(Qt::UserRole).toInt());
        button.text = cell(m_buttons, row, TextColumn);
        if (button.type != TemplateButtonType::QuickReply)
            button.value = cell(m_buttons, row, ValueColumn);
        if (button.type == TemplateButtonType::Url)
            button.example = cell(m_buttons, row, ExampleColumn);
        t->buttons.append(button);
    }
}

void TemplatePartsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_headerFormat->setEnabled(!readOnly);
    m_headerText->setReadOnly(readOnly);
    m_headerExample->setReadOnly(readOnly);
    m_footer->setReadOnly(readOnly);
    m_newButtonType->setEnabled(!readOnly);
    const QSignalBlocker blocker(m_buttons);
    showRows();
}

} // namespace parley::ui
