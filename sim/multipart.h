#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace parley::sim {

// One part of a multipart/form-data body (RFC 7578), as Graph's media upload receives it.
struct FormPart {
    QString name;           // Content-Disposition name
    QString filename;       // Content-Disposition filename; empty for plain fields
    QByteArray contentType; // the part's Content-Type; empty when absent
    QByteArray body;
};

// Splits `body` by the boundary named in `contentTypeHeader` ("multipart/form-data;
// boundary=…", quoted or not). Returns false with a reason when the header is not
// multipart/form-data, the boundary is missing, or the body does not hold its delimiters.
bool parseFormData(const QByteArray &contentTypeHeader, const QByteArray &body,
                   QList<FormPart> *parts, QString *error);

} // namespace parley::sim
