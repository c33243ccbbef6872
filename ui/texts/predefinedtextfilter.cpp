#include "ui/texts/predefinedtextfilter.h"

#include "ui/texts/predefinedtextmodel.h"
#include "ui/theme/accessible.h"

#include <QComboBox>
#include <QLineEdit>

namespace parley::ui::PredefinedTextFilter {
namespace {

constexpr int allModules = -1;

} // namespace

void setUp(QLineEdit *search, QComboBox *module)
{
    search->setPlaceholderText(PredefinedTextModel::tr("Search by name"));
    search->setAccessibleName(search->placeholderText());
    enableClearButton(search);
    module->addItem(PredefinedTextModel::tr("All modules"), allModules);
    for (Module m : {Module::Leads, Module::Contacts, Module::Companies, Module::Deals})
        module->addItem(moduleTitle(m), int(m));
}

std::optional<Module> chosenModule(const QComboBox *module)
{
    const int chosen = module->currentData().toInt();
    if (chosen == allModules)
        return std::nullopt;
    return Module(chosen);
}

PredefinedTextQuery query(const QLineEdit *search, const QComboBox *module)
{
    PredefinedTextQuery query;
    query.module = chosenModule(module);
    query.nameContains = search->text();
    return query;
}

} // namespace parley::ui::PredefinedTextFilter
