/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-tally.h"

G_BEGIN_DECLS

char *esc_tally_text_coverage   (EscTally *tally);
char *esc_tally_text_worst_case (EscTally *tally);
char *esc_tally_text_rows       (EscTally *tally);

G_END_DECLS
