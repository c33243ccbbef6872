#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <utility>

namespace parley {

// One table per enum gives both directions of its wire/SQL name, so the two can never disagree.
template <typename Enum> using EnumNames = std::initializer_list<std::pair<Enum, const char *>>;

template <typename Enum> QString enumName(EnumNames<Enum> names, Enum value)
{
    for (const auto &entry : names) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template <typename Enum> bool enumFromName(EnumNames<Enum> names, const QString &name, Enum *value)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.second)) {
            *value = entry.first;
            return true;
        }
    }
    return false;
}

// The same over a std::array table (a table a file keeps as a constant).
template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &entry : names) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template <typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name,
             Enum *value)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.second)) {
            *value = entry.first;
            return true;
        }
    }
    return false;
}

} // namespace parley
