#pragma once

#include <QString>

namespace parley::vocabulary {

// Words and chat fragments of the four languages the benchmark's inbox is written in. They are
// what a small business hears on WhatsApp (orders, invoices, deliveries), so the trigram index
// sees the repetition of real chats rather than random characters.
struct Language {
    const char *const *fragments;
    int fragmentCount;
    const char *const *givenNames;
    int givenNameCount;
    const char *const *familyNames;
    int familyNameCount;
    bool familyNameFirst; // 王伟, 佐藤花子
    const char *separator;
};

// In the order of DataGenerator::Language: English, Portuguese (Brazil), Chinese (Simplified),
// Japanese.
const Language &language(int index);

// Words a user would search for, one common in each script: at the default size "发票号码" is in
// 4 % of the messages and "orçamento" in 7.5 %, so a search materialises tens of thousands of hits.
inline const QString chineseSearchWord = QStringLiteral("发票号码");     // invoice number
inline const QString portugueseSearchWord = QStringLiteral("orçamento"); // price quote

} // namespace parley::vocabulary
