import { updateProfileRequestSchema, type Language, type Me, type UpdateProfileRequest } from '@polyphony/contracts';
import { useSchemaForm } from '../../shared/useSchemaForm';

/**
 * Who the person is (name, category, country, origin, language), validated with the API's profile schema:
 * the profile page and the first sign-in through single sign-on ask the same. Officials keep their category;
 * the origin is sent only for diaspora members. `serverPrefix` is where the fields sit in a larger request.
 */
export function useProfileForm(me: Me, serverPrefix?: string) {
  const isOfficial = me.category === 'official';
  return useSchemaForm(
    updateProfileRequestSchema,
    {
      displayName: me.displayName,
      category: me.category as string,
      country: me.country,
      originTerritory: me.originTerritory ?? '',
      preferredLanguage: me.preferredLanguage as Language,
    },
    (values): UpdateProfileRequest => {
      const body: UpdateProfileRequest = {
        displayName: values.displayName,
        country: values.country,
        preferredLanguage: values.preferredLanguage,
        originTerritory: values.category === 'diaspora' ? values.originTerritory.trim() || null : null,
      };
      if (!isOfficial) body.category = values.category as UpdateProfileRequest['category'];
      return body;
    },
    serverPrefix,
  );
}

export type ProfileFormState = ReturnType<typeof useProfileForm>['form'];
