import { Sequelize } from 'sequelize';
import { User } from '../db/models';
import { AppError } from '../http/app-error';
import { verifyPassword } from './passwords';

const BAD_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.';

/** Checks credentials; the same message and about the same time whether or not the account exists. */
export async function authenticate(email: unknown, password: unknown): Promise<User> {
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password) {
    throw AppError.badRequest('Indiquez votre adresse électronique et votre mot de passe.', {
      ...(typeof email !== 'string' || !email.trim() ? { email: 'Ce champ est obligatoire.' } : {}),
      ...(typeof password !== 'string' || !password ? { password: 'Ce champ est obligatoire.' } : {}),
    });
  }
  const user = await User.findOne({
    where: Sequelize.where(Sequelize.fn('lower', Sequelize.col('email')), email.trim().toLowerCase()),
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) throw AppError.unauthorized(BAD_CREDENTIALS);
  if (!user.active) throw AppError.unauthorized('Ce compte est désactivé. Contactez votre administrateur.');
  await user.update({ lastLoginAt: new Date() });
  return user;
}
