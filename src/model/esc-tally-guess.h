/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-csv.h"
#include "esc-tally-column.h"

G_BEGIN_DECLS

GPtrArray *esc_tally_guess_columns (EscCsv *csv);

G_END_DECLS
