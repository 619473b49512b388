/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-localized-text.h"

#include <string.h>

struct _EscLocalizedText
{
  gatomicrefcount ref_count;
  guint n_variants;
  /* Declaration order is kept: the first variant is the last resort of the fallback. */
  char **tags;
  char **texts;
};

G_DEFINE_BOXED_TYPE (EscLocalizedText, esc_localized_text,
                     esc_localized_text_ref, esc_localized_text_unref)

EscLocalizedText *
esc_localized_text_new_plain (const char *text)
{
  const char *tags[] = { "", NULL };
  const char *texts[] = { text, NULL };

  g_return_val_if_fail (text != NULL, NULL);

  return esc_localized_text_new (tags, texts);
}

/* @tags and @texts are NULL-terminated and of equal length; an empty tag marks text
 * whose language the dataset does not state. */
EscLocalizedText *
esc_localized_text_new (const char * const *tags,
                        const char * const *texts)
{
  EscLocalizedText *self;

  g_return_val_if_fail (tags != NULL && texts != NULL, NULL);
  g_return_val_if_fail (g_strv_length ((char **) tags) == g_strv_length ((char **) texts), NULL);
  g_return_val_if_fail (tags[0] != NULL, NULL);

  self = g_new0 (EscLocalizedText, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_variants = g_strv_length ((char **) tags);
  self->tags = g_strdupv ((char **) tags);
  self->texts = g_strdupv ((char **) texts);

  return self;
}

EscLocalizedText *
esc_localized_text_ref (EscLocalizedText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
esc_localized_text_unref (EscLocalizedText *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_strfreev (self->tags);
  g_strfreev (self->texts);
  g_free (self);
}

guint
esc_localized_text_get_n_variants (EscLocalizedText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_variants;
}

/**
 * esc_localized_text_get_variant:
 * @tag: (out) (optional): its language tag, "" where the text gave it as plain
 *
 * Returns: the text of variant @index, in the order the dataset gives them
 */
const char *
esc_localized_text_get_variant (EscLocalizedText  *self,
                                guint              index,
                                const char       **tag)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_variants, NULL);

  if (tag != NULL)
    *tag = self->tags[index];
  return self->texts[index];
}

/* Turns a POSIX locale name ("pt_BR.UTF-8@euro") into a BCP 47 tag ("pt-BR"). Returns
 * NULL for the C and POSIX locales, which name no language. */
static char *
language_to_tag (const char *language)
{
  g_autofree char *tag = g_strdup (language);

  tag[strcspn (tag, ".@")] = '\0';
  g_strdelimit (tag, "_", '-');

  if (*tag == '\0' || g_str_equal (tag, "C") || g_str_equal (tag, "POSIX"))
    return NULL;

  return g_steal_pointer (&tag);
}

static gsize
primary_subtag_length (const char *tag)
{
  return strcspn (tag, "-");
}

static gboolean
same_primary_language (const char *a,
                       const char *b)
{
  gsize len = primary_subtag_length (a);

  return len > 0 && len == primary_subtag_length (b) && g_ascii_strncasecmp (a, b, len) == 0;
}

static int
find_exact (EscLocalizedText *self,
            const char       *tag)
{
  for (guint i = 0; i < self->n_variants; i++)
    if (*self->tags[i] != '\0' && g_ascii_strcasecmp (self->tags[i], tag) == 0)
      return i;
  return -1;
}

static int
find_same_language (EscLocalizedText *self,
                    const char       *tag)
{
  for (guint i = 0; i < self->n_variants; i++)
    if (same_primary_language (self->tags[i], tag))
      return i;
  return -1;
}

static int
find_untagged (EscLocalizedText *self)
{
  for (guint i = 0; i < self->n_variants; i++)
    if (*self->tags[i] == '\0')
      return i;
  return -1;
}

/* The fallback documented in docs/dataset-format.md: each of the user's languages in
 * order, exactly or else by primary language ("es" serves "es-VE", "pt-BR" serves "pt-PT":
 * a reader of Portuguese would rather read another Portuguese than their next language);
 * then English; then untagged text; then the first variant given. */
static int
find_variant (EscLocalizedText   *self,
              const char * const *languages)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  int found;

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      char *tag = language_to_tag (languages[i]);
      if (tag != NULL)
        g_ptr_array_add (wanted, tag);
    }

  for (guint i = 0; i < wanted->len; i++)
    {
      const char *tag = g_ptr_array_index (wanted, i);

      if ((found = find_exact (self, tag)) >= 0 || (found = find_same_language (self, tag)) >= 0)
        return found;
    }

  if ((found = find_same_language (self, "en")) >= 0)
    return found;

  if ((found = find_untagged (self)) >= 0)
    return found;

  return 0;
}

/**
 * esc_localized_text_lookup:
 * @languages: the reader's languages, most preferred first, as POSIX locale names or
 *   BCP 47 tags (g_get_language_names() fits)
 * @out_tag: (out) (optional): the tag of the variant chosen; "" when untagged
 */
const char *
esc_localized_text_lookup (EscLocalizedText   *self,
                           const char * const *languages,
                           const char        **out_tag)
{
  int index;

  g_return_val_if_fail (self != NULL, NULL);

  index = find_variant (self, languages);
  if (out_tag != NULL)
    *out_tag = self->tags[index];

  return self->texts[index];
}

const char *
esc_localized_text_get (EscLocalizedText *self)
{
  return esc_localized_text_lookup (self, g_get_language_names (), NULL);
}

/**
 * esc_localized_text_replace_shown:
 * @self: (nullable): a text, or %NULL for none
 * @text: what the reader typed in place of the variant esc_localized_text_get() shows
 *
 * Editing a text in a form changes the variant the reader sees; the others stay.
 *
 * Returns: (transfer full): a new text, with the same tags as @self, or a plain one
 */
EscLocalizedText *
esc_localized_text_replace_shown (EscLocalizedText *self,
                                  const char       *text)
{
  const char *shown;
  g_autofree const char **texts = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (self == NULL)
    return esc_localized_text_new_plain (text);
  shown = esc_localized_text_get (self);
  texts = g_new0 (const char *, self->n_variants + 1);
  for (guint i = 0; i < self->n_variants; i++)
    texts[i] = self->texts[i] == shown ? text : self->texts[i];
  return esc_localized_text_new ((const char * const *) self->tags, texts);
}
