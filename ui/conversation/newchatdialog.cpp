#include "ui/conversation/newchatdialog.h"

#include "core/domain/fieldlabels.h"
#include "core/mirror/mirrorstore.h"
#include "core/rules/channelrules.h"
#include "core/sync/conversationsapi.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
#include "ui/conversation/templatevaluesform.h"
#include "ui/record/recordtitle.h"
#include "ui/texts/mergepreview.h"
#include "ui/theme/tone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QUuid>

namespace parley::ui {
namespace {

// A record's numbers to send to, each named by its field in the agent's language ("携帯: +55…").
void listNumbers(QComboBox *box, const Record &record)
{
    for (const QString &field : {QStringLiteral("Mobile"), QStringLiteral("Phone")}) {
        const QString number = record.field(field).trimmed();
        if (!number.isEmpty())
            box->addItem(NewChatDialog::tr("%1: %2").arg(fieldLabel(field), number), number);
    }
}

} // namespace

NewChatDialog::NewChatDialog(QSqlDatabase mirror, HubClient *hub, QWidget *parent)
    : NewChatDialog(readNewChatChoices(mirror, 0), hub, parent)
{}

NewChatDialog::NewChatDialog(QSqlDatabase mirror, HubClient *hub, Id recordId, QWidget *parent)
    : NewChatDialog(readNewChatChoices(mirror, recordId), hub, parent)
{}

NewChatDialog::NewChatDialog(const NewChatChoices &choices, HubClient *hub, QWidget *parent)
    : QDialog(parent), m_hub(hub)
{
    if (choices.forRecord) {
        setWindowTitle(tr("Send WhatsApp template"));
        m_record = choices.record;
        m_recordMissing = !m_record;
        if (m_recordMissing) // keep record mode: nothing may go to a number typed by chance
            m_record = Record{};
    } else {
        setWindowTitle(tr("New WhatsApp chat"));
    }
    build(choices);
}

void NewChatDialog::build(const NewChatChoices &choices)
{
    // Made, laid out and chained in the order they are filled in: the customer first, then the
    // number it goes from and the template, then Send; Cancel last and never the default, so
    // Enter or a space typed in the wrong place cannot cancel the chat.
    auto *form = new QFormLayout(this);
    QWidget *first = nullptr;
    if (m_record) {
        m_recordNumber = new QComboBox(this);
        listNumbers(m_recordNumber, *m_record);
        form->addRow(tr("Customer's number"), m_recordNumber);
        first = m_recordNumber;
    } else {
        m_customer = new QComboBox(this);
        m_customer->setObjectName(QStringLiteral("customer"));
        m_recordNumber = new QComboBox(this);
        m_recordNumber->setObjectName(QStringLiteral("customerNumbers"));
        m_number = new QLineEdit(this);
        m_number->setPlaceholderText(tr("+55 11 91234-5678"));
        m_name = new QLineEdit(this);
        // Typing comes first (the quickest way for a number read out on the phone); the picker
        // follows in the order Tab reaches it.
        form->addRow(tr("Customer's number"), m_number);
        form->addRow(tr("Name"), m_name);
        form->addRow(tr("Or a contact or deal"), m_customer);
        form->addRow(tr("Their number"), m_recordNumber);
        loadCustomers(choices);
        first = m_number;
    }
    m_channel = new QComboBox(this);
    form->addRow(tr("WhatsApp number"), m_channel);
    m_template = new QComboBox(this);
    form->addRow(tr("Template"), m_template);
    // The header value and link endings the chosen template asks for, if any.
    m_values = new TemplateValuesForm(this);
    m_values->setObjectName(QStringLiteral("values"));
    form->addRow(m_values);
    if (m_record) {
        m_preview = new QTextBrowser(this);
        m_preview->setObjectName(QStringLiteral("preview"));
        m_preview->setMaximumHeight(160);
        m_preview->setTabChangesFocus(true);
        form->addRow(tr("What the customer will read"), m_preview);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Warning);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send template"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setAutoDefault(false);
    form->addRow(buttons);

    QList<QWidget *> chain{first};
    if (m_name)
        chain << m_name << m_customer << m_recordNumber;
    chain << m_channel << m_template;
    if (m_preview)
        chain << m_preview;
    chain << m_send << cancel;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    first->setFocus();

    for (const Channel &channel : choices.channels) // the connected ones
        m_channel->addItem(channel.name, channel.id);
    // Approved templates only (R6.4); from a record, those of its module (R6.5).
    m_templates = choices.templates;
    for (const MessageTemplate &t : std::as_const(m_templates))
        m_template->addItem(QStringLiteral("%1 · %2").arg(t.name, t.language), t.id);
    if (m_number)
        connect(m_number, &QLineEdit::textChanged, this, &NewChatDialog::updateState);
    if (m_recordNumber)
        connect(m_recordNumber, &QComboBox::currentIndexChanged, this, &NewChatDialog::updateState);
    if (m_customer) {
        connect(m_customer, &QComboBox::currentIndexChanged, this, &NewChatDialog::customerChosen);
        customerChosen();
    }
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        const int index = m_template->currentIndex();
        m_values->setTemplate(index >= 0 ? m_templates.value(index) : MessageTemplate());
    });
    connect(m_values, &TemplateValuesForm::changed, this, &NewChatDialog::updateState);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &NewChatDialog::send);
    if (m_template->currentIndex() >= 0)
        m_values->setTemplate(m_templates.value(m_template->currentIndex()));
    updateState();
}

void NewChatDialog::loadCustomers(const NewChatChoices &choices)
{
    // The team's contacts, and the deals with the person each names; a lead or contact the
    // mirror does not hold is not offered.
    m_customer->addItem(tr("A number typed above"), Id(0));
    m_people = choices.people;
    QList<QPair<QString, Id>> entries;
    for (const Record &contact : choices.contacts)
        entries.append({tr("Contact: %1").arg(recordTitle(contact)), contact.id});
    for (const auto &[deal, personId] : choices.deals) {
        m_dealPerson.insert(deal.id, personId);
        entries.append(
            {tr("Deal: %1 (%2)").arg(recordTitle(deal), recordTitle(m_people.value(personId))),
             deal.id});
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[text, id] : std::as_const(entries))
        m_customer->addItem(text, id);
}

Id NewChatDialog::customerRecordId() const
{
    if (m_record)
        return m_record->id;
    const Id chosen = m_customer ? m_customer->currentData().toLongLong() : 0;
    if (chosen == 0)
        return 0;
    if (m_people.contains(chosen))
        return chosen;
    return m_dealPerson.value(chosen); // a deal: the person it names
}

bool NewChatDialog::chooseCustomer(Id recordId)
{
    const int index = m_customer ? m_customer->findData(recordId) : -1;
    if (index >= 0)
        m_customer->setCurrentIndex(index);
    return index >= 0;
}

void NewChatDialog::customerChosen()
{
    const Id person = customerRecordId();
    {
        const QSignalBlocker quiet(m_recordNumber);
        m_recordNumber->clear();
        if (person > 0)
            listNumbers(m_recordNumber, m_people.value(person));
    }
    // A picked customer's numbers replace the typed number and name.
    m_recordNumber->setEnabled(person > 0);
    m_number->setEnabled(person == 0);
    m_name->setEnabled(person == 0);
    updateState();
}

int NewChatDialog::templateCount() const
{
    return m_template->count();
}

int NewChatDialog::numberCount() const
{
    return m_recordNumber ? m_recordNumber->count() : 0;
}

bool NewChatDialog::canSend() const
{
    return m_send->isEnabled();
}

void NewChatDialog::setNumber(const QString &number)
{
    if (m_number && m_number->isEnabled())
        m_number->setText(number);
    else
        m_recordNumber->setCurrentIndex(m_recordNumber->findData(number));
}

bool NewChatDialog::chooseTemplate(Id templateId)
{
    const int index = m_template->findData(templateId);
    if (index >= 0)
        m_template->setCurrentIndex(index);
    return index >= 0;
}

QString NewChatDialog::previewText() const
{
    return m_preview ? m_preview->toPlainText() : QString();
}

QString NewChatDialog::problemText() const
{
    return m_problem->text();
}

QString NewChatDialog::customerNumber() const
{
    if (m_record || customerRecordId() > 0)
        return m_recordNumber->currentData().toString();
    return m_number->text().trimmed();
}

void NewChatDialog::updateState()
{
    QString problem;
    bool mergeComplete = true;
    if (m_record && !m_recordMissing && m_template->currentIndex() >= 0) {
        const MergePreview preview =
            previewMergeFields(m_templates.at(m_template->currentIndex()).body, {*m_record});
        m_preview->setHtml(preview.html);
        mergeComplete = preview.result.complete();
        if (!mergeComplete) // the hub refuses a template with a missing value
            problem = preview.issues.join(QLatin1Char('\n'));
    } else if (m_preview) {
        m_preview->clear();
    }
    const QString number = customerNumber();
    if (m_recordMissing)
        problem = tr("This record has not reached this computer yet.");
    else if (m_record && m_record->module != Module::Leads && m_record->module != Module::Contacts)
        problem = tr("Only leads and contacts receive WhatsApp messages.");
    else if (m_channel->count() == 0)
        problem = tr("No connected WhatsApp number.");
    else if (m_template->count() == 0)
        problem = m_record ? tr("No approved template for this record's module yet.")
                           : tr("No approved template yet: a chat you start must open with one.");
    else if ((m_record || customerRecordId() > 0) && m_recordNumber->count() == 0)
        problem = tr("This record has no Mobile or Phone number.");
    else if (!number.isEmpty() && checkDisplayNumber(number).size())
        problem = checkDisplayNumber(number).first().message();
    const RuleErrors valueProblems = m_values->problems();
    if (problem.isEmpty()) {
        for (const RuleError &error : valueProblems) {
            if (!error.code.endsWith(QLatin1String("_missing"))) // empty: Send just stays off
                problem = error.message();
        }
    }
    m_problem->setText(problem);
    m_send->setEnabled(problem.isEmpty() && mergeComplete && valueProblems.isEmpty() &&
                       !number.isEmpty() && m_hub && !m_sending);
}

void NewChatDialog::send()
{
    if (!canSend())
        return;
    m_sending = true;
    updateState();
    StartChatRequest request;
    request.channelId = m_channel->currentData().toLongLong();
    request.customerNumber = customerNumber();
    request.templateId = m_template->currentData().toLongLong();
    request.values = m_values->values();
    if (m_record) {
        request.recordId = m_record->id;
        request.customerName = m_record->field(QStringLiteral("Full Name"));
    } else if (const Id person = customerRecordId(); person > 0) {
        request.recordId = person;
        request.customerName = recordTitle(m_people.value(person));
    } else {
        request.customerName = m_name->text().trimmed();
    }
    ConversationsApi(HubApi(m_hub))
        .startChat(request, QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(),
                   [self = QPointer<NewChatDialog>(this)](const HubResult<Id> &started) {
                       if (!self)
                           return;
                       self->m_sending = false;
                       if (!started.ok()) {
                           self->updateState();
                           self->m_problem->setText(started.error().text());
                           return;
                       }
                       emit self->started(*started);
                       self->accept();
                   });
}

void openNewChatDialog(MirrorStore *store, HubClient *hub, Id recordId, QWidget *parent,
                       std::function<void(NewChatDialog *)> opened)
{
    store->read<NewChatChoices>(
        [recordId](QSqlDatabase db) { return readNewChatChoices(db, recordId); },
        [hub, guard = QPointer<QWidget>(parent),
         opened = std::move(opened)](quint64, const NewChatChoices &choices) {
            if (!guard)
                return;
            auto *dialog = new NewChatDialog(choices, hub, guard);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (opened)
                opened(dialog);
            dialog->show();
        });
}

} // namespace parley::ui
