/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-fields.h"
#include "esc-model-private.h"

#include <string.h>

G_DEFINE_FINAL_TYPE (EscArticle, esc_article, G_TYPE_OBJECT)

static void
esc_article_finalize (GObject *object)
{
  EscArticle *self = ESC_ARTICLE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, esc_localized_text_unref);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->translated_from, g_free);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->paragraphs, g_strfreev);

  G_OBJECT_CLASS (esc_article_parent_class)->finalize (object);
}

static const EscField fields[] = {
  ESC_FIELD (EscArticle, id, ESC_FIELD_STRING),
  ESC_FIELD (EscArticle, title, ESC_FIELD_TEXT),
  ESC_FIELD (EscArticle, title_from_editor, ESC_FIELD_BOOLEAN),
  ESC_FIELD (EscArticle, outlet, ESC_FIELD_STRING),
  ESC_FIELD (EscArticle, published, ESC_FIELD_STRING),
  ESC_FIELD (EscArticle, url, ESC_FIELD_STRING),
  ESC_FIELD (EscArticle, language, ESC_FIELD_STRING),
  ESC_FIELD (EscArticle, translated_from, ESC_FIELD_STRING),
  ESC_FIELD (EscArticle, notes, ESC_FIELD_LIST),
  ESC_FIELD (EscArticle, paragraphs, ESC_FIELD_STRV),
};

static void
esc_article_class_init (EscArticleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_article_finalize;
  esc_fields_install (G_OBJECT_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
esc_article_init (EscArticle *self)
{
}

const char *
esc_article_get_id (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return self->id;
}

EscLocalizedText *
esc_article_get_title (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return self->title;
}

gboolean
esc_article_get_title_from_editor (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), FALSE);

  return self->title_from_editor;
}

const char *
esc_article_get_outlet (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return self->outlet;
}

const char *
esc_article_get_published (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return self->published;
}

const char *
esc_article_get_url (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return self->url;
}

const char *
esc_article_get_language (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return self->language;
}

const char *
esc_article_get_translated_from (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return self->translated_from;
}

GPtrArray *
esc_article_get_notes (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return self->notes;
}

const char * const *
esc_article_get_paragraphs (EscArticle *self)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), NULL);

  return (const char * const *) self->paragraphs;
}

/**
 * esc_article_find_text:
 * @text: a passage, matched character for character within one paragraph
 * @out_paragraph: (out) (optional): the paragraph it starts in
 * @out_offset: (out) (optional): its byte offset in that paragraph
 *
 * Returns: whether the article contains @text
 */
gboolean
esc_article_find_text (EscArticle *self,
                       const char *text,
                       guint      *out_paragraph,
                       gsize      *out_offset)
{
  g_return_val_if_fail (ESC_IS_ARTICLE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; self->paragraphs[i] != NULL; i++)
    {
      const char *found = strstr (self->paragraphs[i], text);

      if (found != NULL)
        {
          if (out_paragraph != NULL)
            *out_paragraph = i;
          if (out_offset != NULL)
            *out_offset = found - self->paragraphs[i];
          return TRUE;
        }
    }
  return FALSE;
}
