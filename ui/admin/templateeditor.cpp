#include "ui/admin/templateeditor.h"

#include "core/protocol/entitycodec.h"
#include "core/rules/templaterules.h"
#include "core/sync/templatesapi.h"
#include "ui/admin/templatefieldpicker.h"
#include "ui/admin/templatepartseditor.h"
#include "ui/admin/templatereasons.h"
#include "ui/filters/errorlabel.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

// Languages most teams write templates in; a template in another one adds its own entry.
const char *const commonLanguages[] = {"en_US", "en_GB", "pt_BR", "pt_PT", "es_ES", "es_MX",
                                       "fr",    "de",    "it",    "nl",    "ja",    "zh_CN",
                                       "zh_TW", "ko",    "hi",    "ar",    "id",    "tr"};

QString languageTitle(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString title = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_')))
        title += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return QStringLiteral("%1 · %2").arg(title, code);
}

// A counter on one line where the editor has room for it, wrapped where it has not (1024 px): a
// word-wrapped QLabel alone asks for a "balanced" width of a few words, and wrapped even at
// 1280 px. The counters are plain text.
class CounterLabel : public QLabel {
public:
    using QLabel::QLabel;
    QSize sizeHint() const override
    {
        const QMargins frame = contentsMargins();
        const int width = fontMetrics().horizontalAdvance(text()) + frame.left() + frame.right() +
                          2 * margin() + 1;
        return {width, heightForWidth(width)};
    }
};

} // namespace

TemplateEditor::TemplateEditor(HubClient *hub, QWidget *parent) : QWidget(parent), m_hub(hub)
{
    buildForm();
    startNew();
}

void TemplateEditor::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(templateNameMaxLength);
    m_name->setPlaceholderText(tr("order_shipped"));
    m_name->setToolTip(tr("Lowercase letters, digits and underscores, as WhatsApp requires."));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const char *code : commonLanguages)
        m_language->addItem(languageTitle(QLatin1String(code)), QLatin1String(code));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(tr("Utility"), int(TemplateCategory::Utility));
    m_category->addItem(tr("Marketing"), int(TemplateCategory::Marketing));
    m_categoryHelp = new QLabel(this);
    m_categoryHelp->setObjectName(QStringLiteral("categoryHelp"));
    m_categoryHelp->setWordWrap(true);
    m_module = new QComboBox(this);
    m_module->setObjectName(QStringLiteral("module"));
    for (Module module : {Module::Leads, Module::Contacts, Module::Companies, Module::Deals})
        m_module->addItem(moduleTitle(module), int(module));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setToolTip(tr("The WhatsApp Business account of this number keeps the template."));
    m_parts = new TemplatePartsEditor(this);
    m_parts->setObjectName(QStringLiteral("parts"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Deletes the template on WhatsApp too; it no longer counts toward "
                            "the 200."));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("Hi, your order is on its way. Type # to insert a field."));
    m_picker = new TemplateFieldPicker(m_body);
    m_insertField = new QToolButton(this);
    m_insertField->setObjectName(QStringLiteral("insertField"));
    m_insertField->setText(tr("Insert field (#)"));
    m_insertField->setToolTip(tr("A field of the module, filled from the customer's record when "
                                 "the template is sent"));
    m_characters = new CounterLabel(this);
    m_characters->setObjectName(QStringLiteral("characterCount"));
    m_characters->setToolTip(tr("Counted as WhatsApp counts: each merge field as {{n}}."));
    m_fields = new CounterLabel(this);
    m_fields->setObjectName(QStringLiteral("fieldCount"));
    m_templates = new CounterLabel(this);
    m_templates->setObjectName(QStringLiteral("templateCount"));
    m_templates->setToolTip(tr("Pending, approved and rejected templates all count."));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setMinimumHeight(160);
    m_problems = new ErrorLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitButton"));

    // The counters may wrap (CounterLabel), and Insert field has a line of its own under them,
    // rather than widen the editor: in Portuguese the four side by side were wider than the
    // editor beside the list at 1280 px, and it scrolled sideways (tst_templateeditorfit).
    for (QLabel *counter : {m_characters, m_fields, m_templates})
        counter->setWordWrap(true);
    auto *counters = new QHBoxLayout;
    counters->addWidget(m_characters);
    counters->addWidget(m_fields);
    counters->addWidget(m_templates);
    counters->addStretch();
    auto *insertLine = new QHBoxLayout;
    insertLine->addStretch();
    insertLine->addWidget(m_insertField);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Category:"), m_category);
    form->addRow(QString(), m_categoryHelp);
    form->addRow(tr("Module:"), m_module);
    form->addRow(tr("WhatsApp number:"), m_channel);
    form->addRow(tr("Message:"), m_body);
    form->addRow(QString(), counters);
    form->addRow(QString(), insertLine);
    form->addRow(m_parts);
    form->addRow(QString(), m_problems);
    form->addRow(tr("Preview:"), m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_category, &QComboBox::currentIndexChanged, this, &TemplateEditor::categoryChanged);
    connect(m_module, &QComboBox::currentIndexChanged, this, &TemplateEditor::moduleChanged);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateEditor::revalidate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateEditor::revalidate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::revalidate);
    connect(m_insertField, &QToolButton::clicked, m_picker, &TemplateFieldPicker::open);
    connect(m_submit, &QPushButton::clicked, this, &TemplateEditor::submit);
    connect(m_delete, &QPushButton::clicked, this, &TemplateEditor::requestDelete);
    connect(m_parts, &TemplatePartsEditor::changed, this, &TemplateEditor::revalidate);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &TemplateEditor::revalidate);
}

void TemplateEditor::setChannels(const QList<Channel> &channels)
{
    const QSignalBlocker blocker(m_channel);
    const Id chosen = m_channel->currentData().toLongLong();
    m_channel->clear();
    for (const Channel &channel : channels) {
        const QString number = channel.displayNumber.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" · +%1").arg(channel.displayNumber);
        m_channel->addItem(channel.name + number, channel.id);
    }
    const Id wanted = m_loaded.channelId != 0 ? m_loaded.channelId : chosen;
    const int index = m_channel->findData(wanted);
    m_channel->setCurrentIndex(index >= 0 ? index : 0);
}

void TemplateEditor::setLanguage(const QString &code)
{
    int index = m_language->findData(code);
    if (index < 0) {
        m_language->addItem(languageTitle(code), code);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

void TemplateEditor::startNew()
{
    MessageTemplate fresh;
    // The admin's own language first, e.g. "pt_BR".
    const QLocale locale;
    fresh.language = locale.language() == QLocale::C ? QStringLiteral("en_US") : locale.name();
    load(fresh);
}

void TemplateEditor::load(const MessageTemplate &messageTemplate)
{
    m_loaded = messageTemplate;
    m_error->setVisible(false);
    m_name->setText(messageTemplate.name);
    setLanguage(messageTemplate.language.isEmpty() ? QStringLiteral("en_US")
                                                   : messageTemplate.language);
    m_category->setCurrentIndex(m_category->findData(int(messageTemplate.category)));
    m_module->setCurrentIndex(m_module->findData(int(messageTemplate.module)));
    m_body->setPlainText(messageTemplate.body);
    m_parts->load(messageTemplate);
    if (messageTemplate.channelId != 0) {
        const int channel = m_channel->findData(messageTemplate.channelId);
        if (channel >= 0)
            m_channel->setCurrentIndex(channel);
    }
    categoryChanged();
    moduleChanged();
    showState();
}

void TemplateEditor::setCountedTemplates(int counted)
{
    m_counted = counted;
    revalidate();
}

MessageTemplate TemplateEditor::draft() const
{
    MessageTemplate t = m_loaded;
    t.name = m_name->text().trimmed();
    t.language = m_language->currentData().toString();
    t.category = TemplateCategory(m_category->currentData().toInt());
    t.module = Module(m_module->currentData().toInt());
    t.body = m_body->toPlainText();
    m_parts->apply(&t);
    // A submitted template stays in the account it went to; a new one goes to the chosen one.
    if (t.id == 0)
        t.channelId = m_channel->currentData().toLongLong();
    return t;
}

bool TemplateEditor::isLocked() const
{
    return m_loaded.id != 0 && !checkTemplateEditable(m_loaded.status).isEmpty();
}

bool TemplateEditor::canSubmit() const
{
    return m_submit->isEnabled();
}

QString TemplateEditor::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void TemplateEditor::categoryChanged()
{
    if (TemplateCategory(m_category->currentData().toInt()) == TemplateCategory::Marketing)
        m_categoryHelp->setText(tr("Promotions, offers, news and invitations: anything that "
                                   "sells or brings customers back."));
    else
        m_categoryHelp->setText(tr("Notifications about something the customer did or asked "
                                   "for: order confirmations, payment failures, shipping status, "
                                   "subscribed reminders."));
    revalidate();
}

void TemplateEditor::moduleChanged()
{
    m_picker->setModule(Module(m_module->currentData().toInt()));
    revalidate();
}

void TemplateEditor::showState()
{
    const bool existing = m_loaded.id != 0;
    const bool locked = isLocked();
    // Meta keys a template by name and language: once submitted they stay (docs/api.md).
    m_name->setReadOnly(existing || m_submitting);
    m_language->setEnabled(!existing && !m_submitting);
    m_category->setEnabled(!locked && !m_submitting);
    m_module->setEnabled(!locked && !m_submitting);
    m_body->setReadOnly(locked || m_submitting);
    m_insertField->setEnabled(!locked && !m_submitting);
    m_parts->setReadOnly(locked || m_submitting);
    m_channel->setEnabled(!existing && !m_submitting);
    m_delete->setVisible(existing);
    m_delete->setEnabled(!m_submitting && m_hub);
    m_submit->setVisible(!locked);
    m_submit->setText(m_loaded.status == TemplateStatus::Rejected ? tr("Submit again")
                                                                  : tr("Submit for review"));
    QString state;
    if (m_submitting)
        state = tr("Submitting…");
    else if (locked)
        state = checkTemplateEditable(m_loaded.status).first().message();
    else if (m_loaded.status == TemplateStatus::Rejected)
        state = tr("Rejected by WhatsApp: %1. Change it and submit it again.")
                    .arg(m_loaded.rejectionReason.isEmpty()
                             ? tr("no reason given")
                             : templateRejectionText(m_loaded.rejectionReason));
    else if (!existing)
        state = tr("Submitting sends the template to WhatsApp for review, which can take up to "
                   "24 hours. Only approved templates can be sent.");
    m_state->setText(state);
    revalidate();
}

QString TemplateEditor::previewHtml() const
{
    return m_preview->toHtml();
}

} // namespace parley::ui
