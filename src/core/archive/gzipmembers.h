// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

/**
 * Berth's gzip members: standard gzip (RFC 1952) with an extra field, subfield "Be", that holds
 * the member's whole size, as BGZF does for samtools. gzip -d, tar -xzf and the engine read them
 * like any gzip file (they skip the extra field); Berth finds each member's end from its header
 * and decompresses the members of its own backups in parallel.
 */
namespace GzipMembers {

inline constexpr qsizetype HeaderSize = 10 + 2 + 4 + 4; ///< fixed header, XLEN, subfield head, size
inline constexpr qsizetype TrailerSize = 8; ///< CRC32 and ISIZE

inline void writeHeader(char *out, quint32 memberSize)
{
    const unsigned char fixed[] = {0x1f, 0x8b, 8, 4 /* FEXTRA */, 0, 0, 0, 0, 0, 255 /* OS unknown */};
    memcpy(out, fixed, sizeof fixed);
    qToLittleEndian<quint16>(8, out + 10); // XLEN: one subfield of 4 + 4 bytes
    out[12] = 'B';
    out[13] = 'e';
    qToLittleEndian<quint16>(4, out + 14);
    qToLittleEndian<quint32>(memberSize, out + 16);
}

/// The member's whole size from a header Berth wrote, or 0 for any other gzip header.
inline quint32 memberSize(const char *header, qsizetype available)
{
    if (available < HeaderSize)
        return 0;
    const auto *h = reinterpret_cast<const unsigned char *>(header);
    if (h[0] != 0x1f || h[1] != 0x8b || h[2] != 8 || h[3] != 4 || qFromLittleEndian<quint16>(h + 10) != 8
        || h[12] != 'B' || h[13] != 'e' || qFromLittleEndian<quint16>(h + 14) != 4)
        return 0;
    const quint32 size = qFromLittleEndian<quint32>(h + 16);
    return size >= HeaderSize + TrailerSize ? size : 0;
}

} // namespace GzipMembers
