/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the figures and drawing-core tests share: datasets from the source tree or
 * written in the test, and their charts. */
#pragma once

#include "esc-chart.h"
#include "esc-chart-layout.h"
#include "esc-dataset.h"

G_BEGIN_DECLS

/* The sources of a claim in esc_test_load_election()'s dataset. */
#define ESC_TEST_SOURCE "\"sources\": [{\"article\": \"a\", \"quote\": \"The figures.\"}]"

EscDataset  *esc_test_load        (const char *relative);
EscDataset  *esc_test_load_election (const char *claimants,
                                   const char *parties,
                                   const char *claims,
                                   const char *regions);
EscElection *esc_test_election    (EscDataset *dataset,
                                   guint       index);
GPtrArray   *esc_test_charts_of   (EscDataset *dataset,
                                   guint       index);
EscChart    *esc_test_find_chart  (GPtrArray  *charts,
                                   const char *id);
gboolean     esc_test_boxes_overlap (const EscRect *a,
                                     const EscRect *b);

G_END_DECLS
