#pragma once

// How the simulator's request parsers report a bad Graph request; not part of the public API.

#include "core/whatsapp/grapherrors.h"

namespace parley::whatsapp::detail {

// Keeps the first problem as the GraphError Graph would answer with. Parameter names are written
// the way Graph's messages name them: text['body'].
class RequestCheck {
public:
    explicit RequestCheck(GraphError *error) : m_error(error) {}

    void missing(const QString &parameter);                                     // 131008
    void invalid(const QString &parameter, const QString &why);                 // 131009
    void invalidParameter(const QString &details);                              // 100
    void atMost(const QString &parameter, const QString &value, int maxLength); // 100 when longer
    bool failed() const { return m_failed; }

private:
    void fail(int code, const QString &details);

    GraphError *m_error;
    bool m_failed = false;
};

} // namespace parley::whatsapp::detail
